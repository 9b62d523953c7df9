import type { Lang } from '../i18n/locales';
import type { GlossaryPairs } from './translate';
import type { SearchKind } from './types';

/**
 * A key space split into shards: each shard holds the sorted keys from its
 * first key up to the next shard's, so the shards a key or a prefix needs are
 * a binary search away. [first key, file name], sorted by key.
 */
export type ShardList = [first: string, file: string][];

/** Document ids, ascending, as gaps from the previous id: small numbers gzip well. */
export type Gaps = number[];

/** The one small file of a language's search that is fetched first: everything else is named here by content hash. */
export interface SearchManifest {
  /** The FlexSearch version whose encoder wrote the terms; the browser refuses another. */
  engine: string;
  lang: Lang;
  /** How many documents: ids are 0 … count − 1, in report order. */
  count: number;
  /** The content glossary, for queries in the other language. */
  glossary: GlossaryPairs;
  /** Index terms (every prefix of every word, as FlexSearch encodes them) → postings. */
  terms: ShardList;
  /** Heading words (title, speaker, topic labels) → postings with field weights, for ranking. */
  heads: ShardList;
  /** Adjacent folded word pairs (`word word`) → title and body postings, for the phrase bonus. */
  pairs: ShardList;
  /** Per-document facet values for every document (compact, no text). */
  facets: string;
  /** Documents per fragment file. */
  block: number;
  /** The fragment files: fragment k holds documents k·block … (k+1)·block − 1. */
  fragments: string[];
}

/** A shard of `terms`: [term, postings]. */
export type TermShard = [term: string, ids: Gaps][];
/** A shard of `heads`: [word, postings, the best field weight in each]. */
export type HeadShard = [word: string, ids: Gaps, weights: number[]][];
/** A shard of `pairs`: [pair, postings in title and speaker, postings in body]. */
export type PairShard = [pair: string, title: Gaps, body: Gaps][];

/** Facet values of every document as columns of small numbers indexing `values`. */
export interface FacetTable {
  values: { kind: SearchKind[]; speaker: string[]; topic: string[]; event: string[] };
  kind: number[];
  /** Index + 1 into `values.speaker`; 0 for none. */
  speaker: number[];
  topic: number[][];
  event: number[][];
}

export function toGaps(ids: Iterable<number>): Gaps {
  let last = 0;
  return [...ids].sort((a, b) => a - b).map((id) => {
    const gap = id - last;
    last = id;
    return gap;
  });
}

export function fromGaps(gaps: Gaps): number[] {
  let id = 0;
  return gaps.map((gap) => (id += gap));
}

/** The end of the keys that begin with `prefix` (exclusive): no key character sorts after U+FFFF. */
export const prefixEnd = (prefix: string) => `${prefix}\uffff`;

/** The files holding the keys in [low, high): usually one, two when a shard boundary falls inside. */
export function shardFiles(list: ShardList, low: string, high: string): string[] {
  // The last shard whose first key is at most `low`.
  let start = 0;
  let end = list.length;
  while (end - start > 1) {
    const middle = (start + end) >> 1;
    if (list[middle]![0] <= low) start = middle;
    else end = middle;
  }
  const files: string[] = [];
  for (let k = start; k < list.length && (k === start || list[k]![0] < high); k++) files.push(list[k]![1]);
  return files;
}

/** The files that may hold `key` itself (exact lookups). */
export const shardFile = (list: ShardList, key: string) => shardFiles(list, key, `${key}\u0000`)[0]!;
