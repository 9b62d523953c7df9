import { otherLang, type Lang } from '../i18n/locales';
import type { HeadWords } from './head-words';
import { contentTerms } from './language';
import { SEARCH_LANGUAGES } from './languages';
import { queryTerms, termMatcher, type WordMatcher } from './query';
import { createTranslator, type GlossaryPairs } from './translate';
import type { FacetCount, SearchFilters, SearchKind } from './types';

/** How much a term counts by where it is found; whole words and phrases earn more. */
export const WEIGHTS = { title: 8, speaker: 6, topic: 3, body: 1, wholeWord: 2, phraseInTitle: 12, phraseInBody: 6 } as const;

/** What a document is filtered and counted by. */
export interface FacetValues {
  kind: (id: number) => SearchKind;
  speaker: (id: number) => string | undefined;
  topics: (id: number) => readonly string[];
  events: (id: number) => readonly string[];
}

/**
 * What ranking reads, whether every document is in memory (the build, the
 * benchmarks) or only the shards a query fetched (the browser).
 */
export interface SearchSource {
  /** Documents, ids 0 … count − 1 in report order. */
  count: number;
  /** The ids of the documents with every term of `query`, in any order (FlexSearch's AND). */
  ids(query: string): number[];
  /** The heading words beginning with `prefix` (at least), with their postings. */
  head(prefix: string): HeadWords;
  /** The phrase bonus of a document for a folded phrase (title, body or both). */
  phrase(phrase: string): (id: number) => number;
  /** Facet values; only asked for when a filter is set or facets are counted. */
  facets(): FacetValues;
}

export interface RankedResult {
  id: number;
  score: number;
}

export interface RankedResponse {
  terms: string[];
  /** Whether a word of a result is one these terms matched (stems included), for marking it. */
  matches: WordMatcher;
  results: RankedResult[];
  /** Counts per facet value over the results, each with the other facets applied (when asked for). */
  facets?: { type: FacetCount[]; speaker: FacetCount[]; topic: FacetCount[]; event: FacetCount[] };
}

export interface SearchOptions {
  /** Facet counts too (the results page needs them, type-ahead does not). */
  facets?: boolean;
}

/** Packing a score and an id into one sort key: ids stay below ID_SPAN, scores (whole numbers) below MAX_SCORE. */
export const ID_SPAN = 2 ** 24;
const MAX_SCORE = 2 ** 24;

export const hasFilter = (filters: SearchFilters) => Boolean(filters.type || filters.speaker || filters.topic || filters.event);

function matchesFilters(values: FacetValues, id: number, filters: SearchFilters, skip?: keyof SearchFilters): boolean {
  if (filters.type && skip !== 'type' && values.kind(id) !== filters.type) return false;
  if (filters.speaker && skip !== 'speaker' && values.speaker(id) !== filters.speaker) return false;
  if (filters.topic && skip !== 'topic' && !values.topics(id).includes(filters.topic)) return false;
  if (filters.event && skip !== 'event' && !values.events(id).includes(filters.event)) return false;
  return true;
}

function countFacet(matched: readonly RankedResult[], values: FacetValues, filters: SearchFilters, facet: keyof SearchFilters, of: (id: number) => readonly string[]): FacetCount[] {
  const counts = new Map<string, number>();
  for (const { id } of matched) {
    if (!matchesFilters(values, id, filters, facet)) continue;
    for (const value of of(id)) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

/** A way to read a query: the terms every result must have, and the folded phrase that earns more found whole. */
interface Reading {
  terms: string[];
  phrase: string;
}

/** Best score per document over several result lists, highest first, ties in report order (one list stays as it is). */
function mergeResults(lists: readonly RankedResult[][]): RankedResult[] {
  if (lists.length === 1) return lists[0]!;
  const best = new Map<number, RankedResult>();
  for (const list of lists) for (const result of list) if (result.score > (best.get(result.id)?.score ?? -1)) best.set(result.id, result);
  return [...best.values()].sort((a, b) => b.score - a.score || a.id - b.id);
}

/**
 * Ranked search over a source in `lang`. With a glossary, a query in the
 * other language is also searched as its translation. Synchronous: a
 * sharded source answers from what it has and records what it lacks.
 */
export function createRanking(source: SearchSource, { lang = 'en', glossary = [] }: { lang?: Lang; glossary?: GlossaryPairs } = {}) {
  const { count } = source;
  if (count >= ID_SPAN) throw new Error(`Search supports up to ${ID_SPAN} documents, got ${count}`);
  const language = SEARCH_LANGUAGES[lang];
  const { stem } = language;
  // Both ways: a query in the other language, and a term of this one whose text here is the other's (`relocalización` → “nearshoring”).
  const foreign = SEARCH_LANGUAGES[otherLang(lang)];
  const translators = glossary.length > 0 ? [createTranslator(glossary, foreign, language), createTranslator(glossary.map(([from, to]) => [to, from]), language, foreign)] : [];
  // Scratch space reused by every query (search is synchronous): no allocation per document.
  const scores = new Float64Array(count);
  const best = new Float64Array(count);
  const touched = new Int32Array(count);

  function match(terms: string[], phrase: string): RankedResult[] {
    const ids = source.ids(terms.join(' '));
    for (const id of ids) scores[id] = terms.length * WEIGHTS.body;
    for (const term of terms) {
      // A term's bonus is its best heading match in each matched document: `best` holds it until added.
      // Heading words beginning with the term's stem count too (`nearshore` → “nearshoring”).
      const stemmed = stem(term);
      const prefix = term.startsWith(stemmed) ? stemmed : term;
      const head = source.head(prefix);
      const [low, high] = head.range(prefix);
      let found = 0;
      for (let word = low; word < high; word++) {
        const ids = head.ids[word]!;
        const weights = head.weights[word]!;
        const whole = head.words[word] === term || head.stems[word] === stemmed ? WEIGHTS.wholeWord : 0;
        for (let k = 0; k < ids.length; k++) {
          const id = ids[k]!;
          if (scores[id] === 0) continue;
          const bonus = weights[k]! - WEIGHTS.body + whole;
          if (best[id] === 0) touched[found++] = id;
          if (bonus > best[id]!) best[id] = bonus;
        }
      }
      for (let k = 0; k < found; k++) {
        const id = touched[k]!;
        scores[id]! += best[id]!;
        best[id] = 0;
      }
    }
    if (terms.length > 1) {
      const bonus = source.phrase(phrase);
      for (const id of ids) scores[id]! += bonus(id);
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
    const results = new Array<RankedResult>(keys.length);
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k]!;
      const id = key % ID_SPAN;
      results[k] = { id, score: MAX_SCORE - (key - id) / ID_SPAN };
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
      const known = new Set(contentTerms(translation.words, language).filter((word) => source.ids(word).length > 0));
      if (!contentTerms(translation.glossaryWords, language).every((word) => known.has(word))) return [];
      // The phrase keeps the rendering's stop words, so “casas de seguridad” is found whole.
      const phrase = translation.words.filter((word) => known.has(word) || language.stopWords.has(word));
      return [{ terms: [...known], phrase: phrase.join(' ') }];
    });
    return own.length > 0 ? [{ terms: own, phrase: words.join(' ') }, ...translated] : translated;
  }

  return function search(query: string, filters: SearchFilters = {}, { facets = false }: SearchOptions = {}): RankedResponse {
    const words = queryTerms(query);
    // Stop words alone (`de la`) find nothing; each reading's results merge, a document scoring its best.
    const ranked = readings(words).map(({ terms, phrase }) => ({ terms, results: match(terms, phrase) }));
    const filtered = hasFilter(filters);
    // With no words but a facet chosen, list everything under that facet.
    const matched = words.length > 0 ? mergeResults(ranked.map(({ results }) => results)) : filtered ? Array.from({ length: count }, (_, id) => ({ id, score: 0 })) : [];
    // The terms to mark: those of the readings that found something (a translation's in this language).
    const found = ranked.filter(({ results }) => results.length > 0);
    const terms = [...new Set((found.length > 0 ? found : ranked.slice(0, 1)).flatMap((reading) => reading.terms))];
    // The facet table only when something is filtered or counted: no words, no filter, nothing to fetch.
    const values = filtered || (facets && matched.length > 0) ? source.facets() : undefined;
    return {
      terms,
      matches: termMatcher(terms, stem),
      results: values && filtered ? matched.filter(({ id }) => matchesFilters(values, id, filters)) : matched,
      facets: !facets
        ? undefined
        : !values
          ? { type: [], speaker: [], topic: [], event: [] }
          : {
            type: countFacet(matched, values, filters, 'type', (id) => [values.kind(id)]),
            speaker: countFacet(matched, values, filters, 'speaker', (id) => {
              const speaker = values.speaker(id);
              return speaker ? [speaker] : [];
            }),
            topic: countFacet(matched, values, filters, 'topic', values.topics),
            event: countFacet(matched, values, filters, 'event', values.events),
          },
    };
  };
}
