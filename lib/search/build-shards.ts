import { createHash } from 'node:crypto';
import { foldText } from '../content/slug';
import type { Lang } from '../i18n/locales';
import { ENGINE_VERSION, WEIGHTS, createIndex, indexedText } from './engine';
import { HeadWords } from './head-words';
import { SEARCH_LANGUAGES } from './languages';
import { phraseWords } from './phrase';
import { toGaps, type FacetTable, type SearchManifest, type ShardList } from './shard-format';
import type { GlossaryPairs } from './translate';
import type { SearchDoc } from './types';

/** About this many bytes of JSON per shard: big enough that a query needs few files, small enough that it fetches little. */
export const SHARD_BYTES = 12_000;
/** Documents per fragment file: a results page of 20 fetches at most 20 small files. */
export const FRAGMENT_DOCS = 4;

/** The built search of one language: the manifest and every file it names (name → JSON text). */
export interface SearchFiles {
  manifest: SearchManifest;
  files: Map<string, string>;
}

const fileName = (body: string) => `${createHash('sha256').update(body).digest('hex').slice(0, 12)}.json`;

/**
 * Cuts sorted [key, …] entries into files of about SHARD_BYTES, never
 * between two entries of the same key, and names each by its content, so
 * an unchanged shard keeps its URL across builds and a CDN may keep it forever.
 */
function shard(entries: readonly [string, ...unknown[]][], files: Map<string, string>): ShardList {
  const list: ShardList = [];
  let batch: string[] = [];
  let size = 0;
  let first = '';
  const flush = () => {
    const body = `[${batch.join(',')}]`;
    const name = fileName(body);
    files.set(name, body);
    list.push([first, name]);
    batch = [];
    size = 0;
  };
  for (const entry of entries) {
    const json = JSON.stringify(entry);
    if (size > 0 && size + json.length > SHARD_BYTES && entry[0] !== first) flush();
    // The first shard starts at '' so that every key falls in some shard.
    if (batch.length === 0) first = list.length === 0 ? '' : entry[0];
    batch.push(json);
    size += json.length;
  }
  if (batch.length > 0 || list.length === 0) flush();
  return list;
}

const byKey = <T extends [string, ...unknown[]]>(a: T, b: T) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/** Every index term with its postings, as FlexSearch's own export has them (so encoding cannot drift from FlexSearch's). */
function termEntries(docs: readonly SearchDoc[], lang: Lang): [string, number[]][] {
  const index = createIndex('documents', SEARCH_LANGUAGES[lang]);
  for (const doc of docs) index.add(doc.id, indexedText(doc));
  const entries: [string, number[]][] = [];
  // With a handler that returns nothing, FlexSearch exports synchronously; resolution 1 keeps one id list per term.
  index.export((key, data) => {
    if (!String(key).endsWith('map')) return;
    for (const [term, [ids]] of JSON.parse(String(data)) as [string, number[][]][]) entries.push([term, toGaps(ids ?? [])]);
  });
  return entries.sort(byKey);
}

/** Each adjacent pair of words in each document's title (with speaker) and body: what a phrase needs, without the text. */
function pairEntries(docs: readonly SearchDoc[]): [string, number[], number[]][] {
  const pairs = new Map<string, [Set<number>, Set<number>]>();
  for (const doc of docs) {
    const fields = [phraseWords(foldText(`${doc.title} ${doc.speaker ?? ''}`)), phraseWords(foldText(doc.body))];
    fields.forEach((words, field) => {
      for (let k = 0; k + 1 < words.length; k++) {
        const key = `${words[k]} ${words[k + 1]}`;
        const postings = pairs.get(key) ?? [new Set<number>(), new Set<number>()];
        postings[field]!.add(doc.id);
        pairs.set(key, postings);
      }
    });
  }
  return [...pairs].map(([key, [title, body]]): [string, number[], number[]] => [key, toGaps(title), toGaps(body)]).sort(byKey);
}

/** The facet values of every document as numbers into per-facet value lists. */
function facetTable(docs: readonly SearchDoc[]): FacetTable {
  const values: FacetTable['values'] = { kind: [], speaker: [], topic: [], event: [] };
  const positions = { kind: new Map<string, number>(), speaker: new Map<string, number>(), topic: new Map<string, number>(), event: new Map<string, number>() };
  const at = (facet: keyof FacetTable['values'], value: string) => {
    let position = positions[facet].get(value);
    if (position === undefined) {
      position = values[facet].length;
      positions[facet].set(value, position);
      (values[facet] as string[]).push(value);
    }
    return position;
  };
  return {
    values,
    kind: docs.map((doc) => at('kind', doc.kind)),
    speaker: docs.map((doc) => (doc.speakerSlug ? at('speaker', doc.speakerSlug) + 1 : 0)),
    topic: docs.map((doc) => doc.topics.map((topic) => at('topic', topic))),
    event: docs.map((doc) => doc.events.map((event) => at('event', event))),
  };
}

/**
 * Builds a language's search as static files: the manifest and, named by
 * content hash, the term, heading-word and word-pair shards, the facet table
 * and the document fragments. Each step is one pass over the documents or
 * one sort of their terms (linear in content, up to the sort).
 */
export function buildSearchFiles(docs: readonly SearchDoc[], lang: Lang, glossary: GlossaryPairs): SearchFiles {
  const files = new Map<string, string>();
  const head = HeadWords.fromDocs(docs, WEIGHTS, SEARCH_LANGUAGES[lang].stem);
  // Postings are in document order already (documents are read in order), so weights need no reordering.
  const heads = head.words.map((word, k): [string, number[], number[]] => [word, toGaps(head.ids[k]!), [...head.weights[k]!]]);
  const facets = JSON.stringify(facetTable(docs));
  files.set(fileName(facets), facets);
  const fragments: string[] = [];
  for (let start = 0; start < docs.length; start += FRAGMENT_DOCS) {
    const body = JSON.stringify(docs.slice(start, start + FRAGMENT_DOCS));
    files.set(fileName(body), body);
    fragments.push(fileName(body));
  }
  const manifest: SearchManifest = {
    engine: ENGINE_VERSION,
    lang,
    count: docs.length,
    glossary,
    terms: shard(termEntries(docs, lang), files),
    heads: shard(heads, files),
    pairs: shard(pairEntries(docs), files),
    facets: fileName(facets),
    block: FRAGMENT_DOCS,
    fragments,
  };
  return { manifest, files };
}
