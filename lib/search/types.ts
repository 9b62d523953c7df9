import type { Lang } from '../i18n/locales';
import type { GlossaryPairs } from './translate';

/** What kind of page a search result is. */
export type SearchKind = 'insight' | 'speaker' | 'theme' | 'topic' | 'figure';

/** One searchable unit, carrying everything a result shows (a type, so FlexSearch accepts it as document data). */
export type SearchDoc = {
  id: number;
  kind: SearchKind;
  /** Where the result leads; for insights, the speaker page with the section's `#id`; for figures, `/figures/#<id>`. */
  url: string;
  title: string;
  /** Speaker's display name (insights and speakers). */
  speaker?: string;
  speakerSlug?: string;
  role?: string;
  /** Conference dates, or ["unstated"]; empty where it does not apply. */
  events: string[];
  /** Theme title, for insights. */
  theme?: string;
  topics: string[];
  /** Topic labels as words, so "border security" finds tagged insights. */
  topicLabels: string;
  /** Plain text shown as the snippet. */
  body: string;
};

/** The whole index of a language in one object: what the in-memory reference engine loads (tests, `npm run bench:search`); the site ships it sharded (./build-shards.ts). */
export interface SearchPayload {
  /** The FlexSearch version that wrote `index`; import refuses another. */
  engine: string;
  /** The documents' language: the index was built with its stemmer and stop words, and queries must be too. */
  lang: Lang;
  docs: SearchDoc[];
  /** The content glossary, for queries in the other language. */
  glossary: GlossaryPairs;
  /** The FlexSearch export, as [key, JSON value] pairs. */
  index: [key: string, data: unknown][];
}

export interface SearchFilters {
  /** Which kind of result to list; the other facets count only that kind. */
  type?: SearchKind;
  speaker?: string;
  topic?: string;
  event?: string;
}

export interface SearchResult {
  doc: SearchDoc;
  score: number;
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface SearchResponse {
  terms: string[];
  /** Whether a word of a result is one these terms matched (stems included), for marking it. */
  matches: (word: string) => boolean;
  results: SearchResult[];
  /** Counts per facet value over the results, each with the other facets applied (when asked for). */
  facets?: { type: FacetCount[]; speaker: FacetCount[]; topic: FacetCount[]; event: FacetCount[] };
}
