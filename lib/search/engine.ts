import { Index } from 'flexsearch';
import { foldText } from '../content/slug';
import { otherLang, type Lang } from '../i18n/locales';
import { documentEncoder, queryEncoder } from './encoder';
import { english } from './english';
import { HeadWords } from './head-words';
import { contentTerms, type SearchLanguage } from './language';
import { SEARCH_LANGUAGES } from './languages';
import { queryTerms, termMatcher } from './query';
import { createTranslator, type GlossaryPairs } from './translate';
import type { FacetCount, SearchDoc, SearchFilters, SearchPayload, SearchResponse, SearchResult } from './types';

/** Pinned with the package version: an index is only read by the version that wrote it. */
export const ENGINE_VERSION = 'flexsearch@0.8.212';

/** How much a term counts by where it is found; whole words and phrases earn more. */
export const WEIGHTS = { title: 8, speaker: 6, topic: 3, body: 1, wholeWord: 2, phraseInTitle: 12, phraseInBody: 6 } as const;

/**
 * The index configuration, shared by the build (which adds documents and
 * exports) and the browser (which imports and queries); the two encoders come
 * from one module (./encoder.ts), in the index's language. `forward` indexes
 * every prefix, for search as you type. Resolution 1 drops FlexSearch's
 * positional scoring, which our ranking replaces, and shrinks the shipped
 * index by a third.
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

/** Packing a score and an id into one sort key: ids stay below ID_SPAN, scores (whole numbers) below MAX_SCORE. */
const ID_SPAN = 2 ** 24;
const MAX_SCORE = 2 ** 24;

function matchesFilters(doc: SearchDoc, filters: SearchFilters, skip?: keyof SearchFilters): boolean {
  if (filters.type && skip !== 'type' && doc.kind !== filters.type) return false;
  if (filters.speaker && skip !== 'speaker' && doc.speakerSlug !== filters.speaker) return false;
  if (filters.topic && skip !== 'topic' && !doc.topics.includes(filters.topic)) return false;
  if (filters.event && skip !== 'event' && !doc.events.includes(filters.event)) return false;
  return true;
}

function countFacet(matched: readonly SearchResult[], filters: SearchFilters, facet: keyof SearchFilters, values: (doc: SearchDoc) => string[]): FacetCount[] {
  const counts = new Map<string, number>();
  for (const { doc } of matched) {
    if (!matchesFilters(doc, filters, facet)) continue;
    for (const value of values(doc)) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

export interface SearchEngine {
  docs: readonly SearchDoc[];
  /** Ranked results; facet counts too when asked (the results page needs them, type-ahead does not). */
  search(query: string, filters?: SearchFilters, options?: { facets?: boolean }): SearchResponse;
}

/** A way to read a query: the terms every result must have, and the folded phrase that earns more found whole. */
interface Reading {
  terms: string[];
  phrase: string;
}

/** Best score per document over several result lists, highest first, ties in report order (one list stays as it is). */
function mergeResults(lists: readonly SearchResult[][]): SearchResult[] {
  if (lists.length === 1) return lists[0]!;
  const best = new Map<number, SearchResult>();
  for (const list of lists) for (const result of list) if (result.score > (best.get(result.doc.id)?.score ?? -1)) best.set(result.doc.id, result);
  return [...best.values()].sort((a, b) => b.score - a.score || a.doc.id - b.doc.id);
}

/**
 * Search over an index of `docs` in `lang` (made with `createIndex('queries')`
 * in that language), whose ids are their positions. With a glossary, a query
 * in the other language is also searched as its translation.
 */
export function createEngine(index: ReturnType<typeof createIndex>, docs: readonly SearchDoc[], { lang = 'en', glossary = [] }: { lang?: Lang; glossary?: GlossaryPairs } = {}): SearchEngine {
  if (docs.length >= ID_SPAN) throw new Error(`Search supports up to ${ID_SPAN} documents, got ${docs.length}`);
  docs.forEach((doc, position) => {
    if (doc.id !== position) throw new Error(`Search document ${doc.id} is at position ${position}`);
  });
  const language = SEARCH_LANGUAGES[lang];
  const { stem } = language;
  // Both ways: a query in the other language, and a term of this one whose text here is the other's (`relocalización` → “nearshoring”).
  const foreign = SEARCH_LANGUAGES[otherLang(lang)];
  const translators = glossary.length > 0 ? [createTranslator(glossary, foreign, language), createTranslator(glossary.map(([from, to]) => [to, from]), language, foreign)] : [];
  const head = new HeadWords(docs, WEIGHTS, stem);
  // Folded once, for phrase matches.
  const folded = docs.map((doc) => ({ title: foldText(`${doc.title} ${doc.speaker ?? ''}`), body: foldText(doc.body) }));
  // Scratch space reused by every query (search is synchronous): no allocation per document.
  const scores = new Float64Array(docs.length);
  const best = new Float64Array(docs.length);
  const touched = new Int32Array(docs.length);

  function match(terms: string[], phrase: string): SearchResult[] {
    const ids = index.search(terms.join(' '), { limit: docs.length }) as number[];
    for (const id of ids) scores[id] = terms.length * WEIGHTS.body;
    for (const term of terms) {
      // A term's bonus is its best heading match in each matched document: `best` holds it until added.
      // Heading words beginning with the term's stem count too (`nearshore` → “nearshoring”).
      const stemmed = stem(term);
      const [low, high] = head.range(term.startsWith(stemmed) ? stemmed : term);
      let count = 0;
      for (let word = low; word < high; word++) {
        const ids = head.ids[word]!;
        const weights = head.weights[word]!;
        const whole = head.words[word] === term || head.stems[word] === stemmed ? WEIGHTS.wholeWord : 0;
        for (let k = 0; k < ids.length; k++) {
          const id = ids[k]!;
          if (scores[id] === 0) continue;
          const bonus = weights[k]! - WEIGHTS.body + whole;
          if (best[id] === 0) touched[count++] = id;
          if (bonus > best[id]!) best[id] = bonus;
        }
      }
      for (let k = 0; k < count; k++) {
        const id = touched[k]!;
        scores[id]! += best[id]!;
        best[id] = 0;
      }
    }
    if (terms.length > 1) {
      for (const id of ids) {
        if (folded[id]!.title.includes(phrase)) scores[id]! += WEIGHTS.phraseInTitle;
        if (folded[id]!.body.includes(phrase)) scores[id]! += WEIGHTS.phraseInBody;
      }
    }
    // Highest score first, ties in report order (ids are report positions):
    // one key per result, score and id packed into a number, so a plain
    // numeric sort does it with no comparator calls.
    const keys = new Float64Array(ids.length);
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k]!;
      keys[k] = (MAX_SCORE - scores[id]!) * ID_SPAN + id;
      scores[id] = 0;
    }
    keys.sort();
    const results = new Array<SearchResult>(keys.length);
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k]!;
      const id = key % ID_SPAN;
      results[k] = { doc: docs[id]!, score: MAX_SCORE - (key - id) / ID_SPAN };
    }
    return results;
  }

  /**
   * The ways to read a query: as typed (stop words dropped), and through the
   * glossary each way. A translation counts only if this index has every
   * word the glossary brought in (`rule of law` is no reading of the Spanish
   * index), and of the query's other words keeps those the index has (a
   * name, a number), so an untranslated word does not empty its results.
   */
  function readings(words: string[]): Reading[] {
    const own = contentTerms(words, language);
    const translated = translators.flatMap((translate) => {
      const translation = translate(words);
      if (!translation) return [];
      const known = new Set(contentTerms(translation.words, language).filter((word) => index.search(word, { limit: 1 }).length > 0));
      if (!contentTerms(translation.glossaryWords, language).every((word) => known.has(word))) return [];
      // The phrase keeps the rendering's stop words, so “casas de seguridad” is found whole.
      const phrase = translation.words.filter((word) => known.has(word) || language.stopWords.has(word));
      return [{ terms: [...known], phrase: phrase.join(' ') }];
    });
    return own.length > 0 ? [{ terms: own, phrase: words.join(' ') }, ...translated] : translated;
  }

  return {
    docs,
    search(query, filters = {}, { facets = false } = {}) {
      const words = queryTerms(query);
      // Stop words alone (`de la`) find nothing; each reading's results merge, a document scoring its best.
      const ranked = readings(words).map(({ terms, phrase }) => ({ terms, results: match(terms, phrase) }));
      const hasFilter = Boolean(filters.type || filters.speaker || filters.topic || filters.event);
      // With no words but a facet chosen, list everything under that facet.
      const matched = words.length > 0 ? mergeResults(ranked.map(({ results }) => results)) : hasFilter ? docs.map((doc) => ({ doc, score: 0 })) : [];
      // The terms to mark: those of the readings that found something (a translation's in this language).
      const found = ranked.filter(({ results }) => results.length > 0);
      const terms = [...new Set((found.length > 0 ? found : ranked.slice(0, 1)).flatMap((reading) => reading.terms))];
      return {
        terms,
        matches: termMatcher(terms, stem),
        results: hasFilter ? matched.filter(({ doc }) => matchesFilters(doc, filters)) : matched,
        facets: facets
          ? {
              type: countFacet(matched, filters, 'type', (doc) => [doc.kind]),
              speaker: countFacet(matched, filters, 'speaker', (doc) => (doc.speakerSlug ? [doc.speakerSlug] : [])),
              topic: countFacet(matched, filters, 'topic', (doc) => doc.topics),
              event: countFacet(matched, filters, 'event', (doc) => doc.events),
            }
          : undefined,
      };
    },
  };
}

/** Rebuilds the engine from the shipped payload: an import, never a rebuild from text. */
export function loadEngine(payload: SearchPayload): SearchEngine {
  if (payload.engine !== ENGINE_VERSION) throw new Error(`Search index was written by ${payload.engine}, expected ${ENGINE_VERSION}`);
  const index = createIndex('queries', SEARCH_LANGUAGES[payload.lang]);
  for (const [key, data] of payload.index) index.import(key, typeof data === 'string' ? data : JSON.stringify(data));
  return createEngine(index, payload.docs, { lang: payload.lang, glossary: payload.glossary });
}
