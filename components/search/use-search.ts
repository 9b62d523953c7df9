'use client';

import { startTransition, useCallback, useEffect, useMemo, useState } from 'react';
import type { Lang } from '@/lib/i18n/locales';
import { loadSearch } from '@/lib/search/load';
import type { RankedResponse } from '@/lib/search/rank';
import type { ShardedSearch } from '@/lib/search/sharded';
import type { SearchDoc, SearchFilters } from '@/lib/search/types';

/** How many results a list shows at first, and how many more each “Show more” adds. */
export const PAGE_SIZE = 20;

/** A query's answer: every ranked id (the count is exact) and the documents of the first `shown`. */
export interface SearchView {
  /** The query this answers: the last answer stays on screen while the next is fetched. */
  query: string;
  response: RankedResponse;
  docs: SearchDoc[];
}

/**
 * Search for one list: `start` loads the library and manifest (on focus,
 * hover or the results page), then each query runs as its shards arrive and
 * fetches the fragments of its first `shown` results (at once, with no
 * fetch, when they are all loaded already). The last answer stays
 * until the next is ready, so the list never blinks empty while a shard or
 * fragment is fetched.
 */
export function useSearch(lang: Lang, query: string, filters: SearchFilters, { shown, facets }: { shown: number; facets: boolean }) {
  const [search, setSearch] = useState<ShardedSearch>();
  const [failed, setFailed] = useState(false);
  const [view, setView] = useState<SearchView>();
  const start = useCallback(() => {
    loadSearch(lang).then((loaded) => startTransition(() => setSearch(loaded)), () => setFailed(true));
  }, [lang]);
  const { type, speaker, topic, event } = filters;
  // Answered in the render when its shards and fragments are loaded: a keystroke costs no fetch and no extra render.
  const instant = useMemo(() => search?.cached(query, { type, speaker, topic, event }, { facets }, shown), [search, query, type, speaker, topic, event, shown, facets]);
  useEffect(() => {
    if (!search || instant) return;
    let current = true;
    search
      .search(query, { type, speaker, topic, event }, { facets })
      .then(async (response) => ({ query, response, docs: await search.docs(response.results.slice(0, shown).map(({ id }) => id)) }))
      .then(
        // A transition: React renders the results in slices between frames, not in one long task that blocks input.
        (next) => current && startTransition(() => setView(next)),
        () => current && setFailed(true),
      );
    return () => {
      current = false;
    };
  }, [search, instant, query, type, speaker, topic, event, shown, facets]);
  const current = instant ? { query, ...instant } : view;
  return { ready: search !== undefined && current !== undefined, failed, start, view: current };
}
