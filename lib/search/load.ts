import { localizePath, type Lang } from '../i18n/locales';
import type { SearchManifest } from './shard-format';
import type { ShardedSearch } from './sharded';

/** Where the build writes each language's manifest (app/(en)/search-index.json/route.ts, app/(es)/es/search-index.json/route.ts). */
export const searchIndexUrl = (lang: Lang) => localizePath('/search-index.json', lang);
/** Where the files the manifest names are, by content hash (app/(en)/search-index/[file]/route.ts and the Spanish one). */
export const searchFileUrl = (lang: Lang, file: string) => localizePath(`/search-index/${file}`, lang);

async function json(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Search: HTTP ${response.status} for ${url}`);
  return response.json();
}

let loading: Promise<ShardedSearch> | undefined;

/**
 * Fetches the search library and the manifest once, on first use, shared by
 * every caller; shards and fragments follow as queries need them. Nothing
 * of search is downloaded before someone reaches for it.
 */
export function loadSearch(lang: Lang): Promise<ShardedSearch> {
  // A page is in one language, so one manifest per page load.
  loading ??= Promise.all([import('./sharded'), json(searchIndexUrl(lang))]).then(([sharded, manifest]) =>
    sharded.createShardedSearch(manifest as SearchManifest, (file) => json(searchFileUrl(lang, file))),
  );
  // A failed load may be retried by the next search.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
