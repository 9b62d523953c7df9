import type { Dictionary } from './dictionary';

/**
 * The texts each interactive island on every page needs, and no more: they
 * travel as props in every page's payload, so the header search box and the
 * search-term bar get their few strings, not the whole search dictionary.
 */
export const SEARCH_BOX_TEXTS = ['failed', 'loading', 'resultCount', 'form', 'label', 'placeholder', 'clear', 'suggestions', 'noMatches', 'seeAll', 'kind', 'unstated'] as const;
export const HIGHLIGHTER_TEXTS = ['highlights', 'matchOf', 'noMatchesFor', 'previousMatch', 'previous', 'nextMatch', 'next', 'clearHighlights'] as const;

export const INSIGHT_ACTION_TEXTS = ['copyLink', 'copyLinkTo', 'share', 'shareTitle', 'copied', 'copyFailed', 'shared'] as const;
export const CITE_FORMATS_TEXTS = ['copy', 'copied', 'copyFailed', 'loading', 'loadFailed'] as const;

export type SearchBoxText = Pick<Dictionary['search'], (typeof SEARCH_BOX_TEXTS)[number]>;
export type HighlighterText = Pick<Dictionary['search'], (typeof HIGHLIGHTER_TEXTS)[number]>;
export type InsightActionText = Pick<Dictionary['insight'], (typeof INSIGHT_ACTION_TEXTS)[number]>;
export type CiteFormatsText = Pick<Dictionary['cite'], (typeof CITE_FORMATS_TEXTS)[number]>;

/** The named texts of a dictionary section. */
export function pick<T extends object, K extends keyof T>(texts: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, texts[key]])) as Pick<T, K>;
}
