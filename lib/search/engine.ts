import { Index } from 'flexsearch';
import { foldText } from '../content/slug';
import type { Lang } from '../i18n/locales';
import { documentEncoder, queryEncoder } from './encoder';
import { english } from './english';
import { HeadWords } from './head-words';
import type { SearchLanguage } from './language';
import { SEARCH_LANGUAGES } from './languages';
import { WEIGHTS, createRanking, type SearchOptions, type SearchSource } from './rank';
import type { GlossaryPairs } from './translate';
import type { SearchDoc, SearchFilters, SearchPayload, SearchResponse } from './types';

export { WEIGHTS };

/** Pinned with the package version: an index is only read by the version that wrote it. */
export const ENGINE_VERSION = 'flexsearch@0.8.212';

/**
 * The index configuration, shared by the build (which adds documents and
 * exports) and the queries; the two encoders come from one module
 * (./encoder.ts), in the index's language. `forward` indexes every prefix,
 * for search as you type. Resolution 1 drops FlexSearch's positional
 * scoring, which our ranking replaces, and keeps one id list per term.
 */
export function createIndex(side: 'documents' | 'queries', language: SearchLanguage = english) {
  return new Index({ encoder: side === 'documents' ? documentEncoder(language) : queryEncoder(language), tokenize: 'forward', resolution: 1 });
}

/**
 * All of a document's fields in one indexed text, so that every word of a
 * query must match somewhere in the document (AND across fields) in a
 * single FlexSearch lookup; which field matched is weighed afterwards.
 */
export function indexedText(doc: SearchDoc): string {
  return [doc.title, doc.speaker, doc.topicLabels, doc.body].filter(Boolean).join(' \n ');
}

export interface SearchEngine {
  docs: readonly SearchDoc[];
  search(query: string, filters?: SearchFilters, options?: SearchOptions): SearchResponse;
}

/** Every document in memory: the reference the sharded search must equal, and what the benchmarks time. */
function memorySource(index: ReturnType<typeof createIndex>, docs: readonly SearchDoc[], stem: SearchLanguage['stem']): SearchSource {
  const head = HeadWords.fromDocs(docs, WEIGHTS, stem);
  // Folded once, for phrase matches.
  const folded = docs.map((doc) => ({ title: foldText(`${doc.title} ${doc.speaker ?? ''}`), body: foldText(doc.body) }));
  return {
    count: docs.length,
    ids: (query) => index.search(query, { limit: docs.length }) as number[],
    head: () => head,
    phrase: (phrase) => (id) => (folded[id]!.title.includes(phrase) ? WEIGHTS.phraseInTitle : 0) + (folded[id]!.body.includes(phrase) ? WEIGHTS.phraseInBody : 0),
    facets: () => ({
      kind: (id) => docs[id]!.kind,
      speaker: (id) => docs[id]!.speakerSlug,
      topics: (id) => docs[id]!.topics,
      events: (id) => docs[id]!.events,
    }),
  };
}

/**
 * Search over an index of `docs` in `lang` (made with `createIndex('queries')`
 * in that language), whose ids are their positions. With a glossary, a query
 * in the other language is also searched as its translation.
 */
export function createEngine(index: ReturnType<typeof createIndex>, docs: readonly SearchDoc[], { lang = 'en', glossary = [] }: { lang?: Lang; glossary?: GlossaryPairs } = {}): SearchEngine {
  docs.forEach((doc, position) => {
    if (doc.id !== position) throw new Error(`Search document ${doc.id} is at position ${position}`);
  });
  const search = createRanking(memorySource(index, docs, SEARCH_LANGUAGES[lang].stem), { lang, glossary });
  return {
    docs,
    search(query, filters, options) {
      const response = search(query, filters, options);
      return { ...response, results: response.results.map(({ id, score }) => ({ doc: docs[id]!, score })) };
    },
  };
}

/** Rebuilds the engine from a whole-index payload (the benchmarks' and tests' reference): an import, never a rebuild from text. */
export function loadEngine(payload: SearchPayload): SearchEngine {
  if (payload.engine !== ENGINE_VERSION) throw new Error(`Search index was written by ${payload.engine}, expected ${ENGINE_VERSION}`);
  const index = createIndex('queries', SEARCH_LANGUAGES[payload.lang]);
  for (const [key, data] of payload.index) index.import(key, typeof data === 'string' ? data : JSON.stringify(data));
  return createEngine(index, payload.docs, { lang: payload.lang, glossary: payload.glossary });
}
