import type { SearchEngine } from './engine';
import type { SearchPayload } from './types';

/** Where the build writes the index (app/search-index.json/route.ts). */
export const SEARCH_INDEX_URL = '/search-index.json';

let loading: Promise<SearchEngine> | undefined;

/**
 * Fetches the search library and index once, on first use, shared by every
 * caller. Nothing of search is downloaded before someone reaches for it.
 */
export function loadSearch(): Promise<SearchEngine> {
  loading ??= Promise.all([
    import('./engine'),
    fetch(SEARCH_INDEX_URL).then((response) => {
      if (!response.ok) throw new Error(`Search index: HTTP ${response.status}`);
      return response.json() as Promise<SearchPayload>;
    }),
  ]).then(([engine, payload]) => engine.loadEngine(payload));
  // A failed load may be retried by the next search.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
