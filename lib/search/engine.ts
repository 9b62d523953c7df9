import { Document, Encoder } from 'flexsearch';
import { foldText } from '../slug';
import { queryTerms } from './query';
import type { FacetCount, SearchDoc, SearchFilters, SearchPayload, SearchResponse, SearchResult } from './types';

/** Pinned with the package version: an index is only read by the version that wrote it. */
export const ENGINE_VERSION = 'flexsearch@0.8.212';

/** Indexed fields, and how much a term found in each counts. */
export const FIELD_WEIGHTS = { title: 8, speaker: 6, topicLabels: 3, body: 1 } as const;
type Field = keyof typeof FIELD_WEIGHTS;
const FIELDS = Object.keys(FIELD_WEIGHTS) as Field[];

/**
 * The index configuration, shared by the build (export) and the browser
 * (import). The encoder folds case and accents but keeps repeated letters
 * (the default collapses them, so `aa` or `11` would search for `a`, `1`);
 * `forward` indexes every prefix, for search as you type. Resolution 1 drops
 * FlexSearch's positional scoring, which our own ranking replaces, and
 * shrinks the shipped index by a third.
 */
export function createDocumentIndex() {
  return new Document<SearchDoc>({
    encoder: new Encoder({ normalize: true, dedupe: false }),
    tokenize: 'forward',
    resolution: 1,
    document: { id: 'id', index: FIELDS },
  });
}

interface Prepared {
  doc: SearchDoc;
  order: number;
  foldedTitle: string;
  foldedBody: string;
  titleWords: Set<string>;
}

function prepare(doc: SearchDoc, order: number): Prepared {
  const foldedTitle = foldText(`${doc.title} ${doc.speaker ?? ''}`);
  return {
    doc,
    order,
    foldedTitle,
    foldedBody: foldText(doc.body),
    titleWords: new Set(foldedTitle.split(/[^\p{L}\p{N}]+/u)),
  };
}

function matchesFilters(doc: SearchDoc, filters: SearchFilters, skip?: keyof SearchFilters): boolean {
  if (filters.speaker && skip !== 'speaker' && doc.speakerSlug !== filters.speaker) return false;
  if (filters.topic && skip !== 'topic' && !doc.topics.includes(filters.topic)) return false;
  if (filters.event && skip !== 'event' && !doc.events.includes(filters.event)) return false;
  return true;
}

function countFacet(results: readonly SearchResult[], filters: SearchFilters, facet: keyof SearchFilters, values: (doc: SearchDoc) => string[]): FacetCount[] {
  const counts = new Map<string, number>();
  for (const { doc } of results) {
    if (!matchesFilters(doc, filters, facet)) continue;
    for (const value of values(doc)) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

export interface SearchEngine {
  search(query: string, filters?: SearchFilters): SearchResponse;
  docs: readonly SearchDoc[];
}

/**
 * Search over an index: every term must match some field (AND across
 * fields); a term in the title or speaker counts more than in the body, a
 * whole word more than a prefix, and the whole phrase more than scattered words.
 */
export function createEngine(index: ReturnType<typeof createDocumentIndex>, docs: readonly SearchDoc[]): SearchEngine {
  const prepared = new Map(docs.map((doc, order) => [doc.id, prepare(doc, order)]));

  function match(terms: string[]): SearchResult[] {
    let scores: Map<number, number> | undefined;
    for (const term of terms) {
      const best = new Map<number, number>();
      for (const { field, result } of index.search(term, { limit: docs.length })) {
        const weight = FIELD_WEIGHTS[field as Field] ?? 1;
        for (const id of result) best.set(Number(id), Math.max(best.get(Number(id)) ?? 0, weight));
      }
      const next = new Map<number, number>();
      for (const [id, weight] of best) {
        const previous = scores ? scores.get(id) : 0;
        if (previous === undefined) continue;
        const whole = prepared.get(id)?.titleWords.has(term) ? 2 : 0;
        next.set(id, previous + weight + whole);
      }
      scores = next;
    }
    const phrase = terms.join(' ');
    return [...(scores ?? [])]
      .flatMap(([id, score]) => {
        const entry = prepared.get(id);
        if (!entry) return [];
        const bonus = terms.length > 1 ? (entry.foldedTitle.includes(phrase) ? 12 : 0) + (entry.foldedBody.includes(phrase) ? 6 : 0) : 0;
        return [{ doc: entry.doc, score: score + bonus, order: entry.order }];
      })
      .sort((a, b) => b.score - a.score || a.order - b.order)
      .map(({ doc, score }) => ({ doc, score }));
  }

  return {
    docs,
    search(query, filters = {}) {
      const terms = queryTerms(query);
      const hasFilter = Boolean(filters.speaker || filters.topic || filters.event);
      // With no words but a facet chosen, list everything under that facet.
      const matched = terms.length > 0 ? match(terms) : hasFilter ? docs.map((doc) => ({ doc, score: 0 })) : [];
      return {
        terms,
        results: matched.filter(({ doc }) => matchesFilters(doc, filters)),
        facets: {
          speaker: countFacet(matched, filters, 'speaker', (doc) => (doc.speakerSlug ? [doc.speakerSlug] : [])),
          topic: countFacet(matched, filters, 'topic', (doc) => doc.topics),
          event: countFacet(matched, filters, 'event', (doc) => doc.events),
        },
      };
    },
  };
}

/** Rebuilds the engine from the shipped payload: an import, never a rebuild from text. */
export function loadEngine(payload: SearchPayload): SearchEngine {
  if (payload.engine !== ENGINE_VERSION) throw new Error(`Search index was written by ${payload.engine}, expected ${ENGINE_VERSION}`);
  const index = createDocumentIndex();
  for (const [key, data] of payload.index) index.import(key, typeof data === 'string' ? data : JSON.stringify(data));
  return createEngine(index, payload.docs);
}
