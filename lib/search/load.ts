import { localizePath, type Lang } from '../i18n/locales';
import type { SearchEngine } from './engine';
import type { SearchPayload } from './types';

/** Where the build writes each language's index (app/(en)/search-index.json/route.ts, app/(es)/es/search-index.json/route.ts). */
export const searchIndexUrl = (lang: Lang) => localizePath('/search-index.json', lang);

let loading: Promise<SearchEngine> | undefined;

/**
 * Fetches the search library and index once, on first use, shared by every
 * caller. Nothing of search is downloaded before someone reaches for it.
 */
export function loadSearch(lang: Lang): Promise<SearchEngine> {
  // A page is in one language, so one index per page load.
  loading ??= Promise.all([
    import('./engine'),
    fetch(searchIndexUrl(lang)).then((response) => {
      if (!response.ok) throw new Error(`Search index: HTTP ${response.status}`);
      return response.json() as Promise<SearchPayload>;
    }),
  ]).then(([engine, payload]) => engine.loadEngine(payload));
  // A failed load may be retried by the next search.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
