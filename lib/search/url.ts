import { localizePath, type Lang } from '../i18n/locales';
import type { SearchFilters, SearchKind } from './types';

/** Search state as it lives in the URL: `/search/?q=…&speaker=…&topic=…&event=…`. */
export interface SearchState extends SearchFilters {
  q: string;
}

const FILTER_KEYS = ['type', 'speaker', 'topic', 'event'] as const;
const KINDS: readonly string[] = ['insight', 'speaker', 'theme', 'topic', 'figure'] satisfies SearchKind[];
const isKind = (value: string): value is SearchKind => KINDS.includes(value);

export function readSearchState(params: URLSearchParams): SearchState {
  const state: SearchState = { q: params.get('q') ?? '' };
  const type = params.get('type');
  // An unknown type would filter everything out; it is ignored instead.
  if (type && isKind(type)) state.type = type;
  for (const key of ['speaker', 'topic', 'event'] as const) {
    const value = params.get(key);
    if (value) state[key] = value;
  }
  return state;
}

/** The search page in a language, with the state in its query. */
export function searchUrl(state: SearchState, lang: Lang): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of FILTER_KEYS) {
    const value = state[key];
    if (value) params.set(key, value);
  }
  const query = params.toString();
  const page = localizePath('/search/', lang);
  return query ? `${page}?${query}` : page;
}

/** A result's URL carrying the terms to mark on arrival: `/speakers/x/?h=cuellar#id`. */
export function resultUrl(url: string, terms: readonly string[]): string {
  if (terms.length === 0) return url;
  const [path = '', hash] = url.split('#', 2);
  return `${path}?h=${encodeURIComponent(terms.join(' '))}${hash ? `#${hash}` : ''}`;
}
