import { queryEncoder } from './encoder';
import { ENGINE_VERSION } from './engine';
import { HeadWords } from './head-words';
import { SEARCH_LANGUAGES } from './languages';
import { phrasePairs } from './phrase';
import { WEIGHTS, createRanking, type FacetValues, type RankedResponse, type SearchOptions, type SearchSource } from './rank';
import { fromGaps, prefixEnd, shardFile, shardFiles, type FacetTable, type HeadShard, type PairShard, type SearchManifest, type TermShard } from './shard-format';
import type { SearchDoc, SearchFilters } from './types';

/** Fetches one file the manifest names and parses its JSON. */
export type FetchFile = (name: string) => Promise<unknown>;

type Kind = 'terms' | 'heads' | 'pairs' | 'facets' | 'fragment';

export interface ShardedSearch {
  manifest: SearchManifest;
  /** Fetches what the query needs (its shards; the facet table when filtered or counting facets), then ranks. */
  search(query: string, filters?: SearchFilters, options?: SearchOptions): Promise<RankedResponse>;
  /** The documents of these ids, fetching the fragments that hold them. */
  docs(ids: readonly number[]): Promise<SearchDoc[]>;
  /**
   * The answer and the documents of its first `shown` results at once, when
   * every file they need is loaded (a keystroke over cached shards needs no
   * round trip through promises); undefined when something must be fetched.
   */
  cached(query: string, filters: SearchFilters, options: SearchOptions, shown: number): { response: RankedResponse; docs: SearchDoc[] } | undefined;
  /** Every file fetched so far, for tests and measurements. */
  fetched(): string[];
}

/** Merge-intersects ascending id lists, shortest first. */
function intersect(lists: number[][]): number[] {
  const [first, ...rest] = [...lists].sort((a, b) => a.length - b.length);
  let result = first ?? [];
  for (const list of rest) {
    const next: number[] = [];
    let k = 0;
    for (const id of result) {
      while (k < list.length && list[k]! < id) k++;
      if (list[k] === id) next.push(id);
    }
    result = next;
  }
  return result;
}

/**
 * Search over a manifest and the files it names, fetched as queries need
 * them and kept. Ranking runs synchronously over what is loaded and notes
 * each file it lacked; the query is then fetched for and ranked again, until
 * nothing is missing (a translated word, probed in one round, may need its
 * phrase pairs in the next).
 */
export function createShardedSearch(manifest: SearchManifest, fetchFile: FetchFile): ShardedSearch {
  if (manifest.engine !== ENGINE_VERSION) throw new Error(`Search index was written by ${manifest.engine}, expected ${ENGINE_VERSION}`);
  const { stem } = SEARCH_LANGUAGES[manifest.lang];
  const encoder = queryEncoder(SEARCH_LANGUAGES[manifest.lang]);
  const files = new Map<string, unknown>();
  const loading = new Map<string, Promise<void>>();
  let missing = new Set<string>();
  const terms = new Map<string, number[]>();
  let heads: HeadWords | undefined;
  let table: FacetTable | undefined;

  const has = (file: string) => {
    if (files.has(file)) return true;
    missing.add(file);
    return false;
  };

  function load(file: string, kind: Kind): Promise<void> {
    const pending =
      loading.get(file) ??
      fetchFile(file).then((data) => {
        files.set(file, data);
        if (kind === 'terms') for (const [term, gaps] of data as TermShard) terms.set(term, fromGaps(gaps));
        if (kind === 'heads') heads = undefined;
        if (kind === 'facets') table = data as FacetTable;
      });
    loading.set(file, pending);
    // A failed fetch may be retried by the next search.
    pending.catch(() => loading.delete(file));
    return pending;
  }

  const kinds = new Map<string, Kind>([...manifest.terms.map(([, file]): [string, Kind] => [file, 'terms']), ...manifest.heads.map(([, file]): [string, Kind] => [file, 'heads']), ...manifest.pairs.map(([, file]): [string, Kind] => [file, 'pairs']), [manifest.facets, 'facets']]);

  /** The loaded heading words, in order (shards are disjoint ranges, listed in key order), rebuilt when a shard arrives. */
  function headWords(): HeadWords {
    if (heads) return heads;
    const entries = manifest.heads.flatMap(([, file]) => (files.get(file) as HeadShard | undefined) ?? []);
    heads = new HeadWords(
      entries.map(([word]) => word),
      entries.map(([, gaps]) => Int32Array.from(fromGaps(gaps))),
      entries.map(([, , weights]) => Uint8Array.from(weights)),
      stem,
    );
    return heads;
  }

  /** Documents with the pairs in [low, high), in title and in body. */
  function pairIds(low: string, high: string): [Set<number>, Set<number>] {
    const title = new Set<number>();
    const body = new Set<number>();
    for (const file of shardFiles(manifest.pairs, low, high)) {
      if (!has(file)) continue;
      for (const [pair, titleGaps, bodyGaps] of files.get(file) as PairShard) {
        if (pair < low || pair >= high) continue;
        for (const id of fromGaps(titleGaps)) title.add(id);
        for (const id of fromGaps(bodyGaps)) body.add(id);
      }
    }
    return [title, body];
  }

  const noFacets: FacetValues = { kind: () => 'insight', speaker: () => undefined, topics: () => [], events: () => [] };

  const source: SearchSource = {
    count: manifest.count,
    ids(query) {
      const keys = encoder.encode(query);
      // Every shard first, so one round fetches them all.
      const ready = keys.map((key) => has(shardFile(manifest.terms, key))).every(Boolean);
      if (!ready || keys.length === 0) return [];
      const lists = keys.map((key) => terms.get(key));
      return lists.every((list) => list !== undefined) ? intersect(lists) : [];
    },
    head(prefix) {
      for (const file of shardFiles(manifest.heads, prefix, prefixEnd(prefix))) has(file);
      return headWords();
    },
    phrase(phrase) {
      const found = phrasePairs(phrase).map(([low, high]) => pairIds(low, high));
      const all = (field: 0 | 1) => (id: number) => found.length > 0 && found.every((sets) => sets[field].has(id));
      const inTitle = all(0);
      const inBody = all(1);
      return (id) => (inTitle(id) ? WEIGHTS.phraseInTitle : 0) + (inBody(id) ? WEIGHTS.phraseInBody : 0);
    },
    facets() {
      if (!has(manifest.facets) || !table) return noFacets;
      const { values, kind, speaker, topic, event } = table;
      return {
        kind: (id) => values.kind[kind[id]!]!,
        speaker: (id) => (speaker[id] ? values.speaker[speaker[id] - 1] : undefined),
        topics: (id) => topic[id]!.map((k) => values.topic[k]!),
        events: (id) => event[id]!.map((k) => values.event[k]!),
      };
    },
  };
  const rank = createRanking(source, { lang: manifest.lang, glossary: manifest.glossary });
  const fragment = (id: number) => manifest.fragments[Math.floor(id / manifest.block)]!;
  const loadedDoc = (id: number) => (files.get(fragment(id)) as SearchDoc[])[id % manifest.block]!;

  return {
    manifest,
    async search(query, filters, options) {
      for (;;) {
        missing = new Set();
        const response = rank(query, filters, options);
        if (missing.size === 0) return response;
        const wanted = [...missing];
        await Promise.all(wanted.map((file) => load(file, kinds.get(file) ?? 'fragment')));
      }
    },
    async docs(ids) {
      await Promise.all([...new Set(ids.map(fragment))].map((file) => load(file, 'fragment')));
      return ids.map(loadedDoc);
    },
    cached(query, filters, options, shown) {
      missing = new Set();
      const response = rank(query, filters, options);
      const ids = response.results.slice(0, shown).map(({ id }) => id);
      return missing.size === 0 && ids.every((id) => files.has(fragment(id))) ? { response, docs: ids.map(loadedDoc) } : undefined;
    },
    fetched: () => [...files.keys()],
  };
}
