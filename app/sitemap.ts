import type { MetadataRoute } from 'next';
import { getPageEntries, languageAlternates } from '@/lib/pages';
import { absoluteUrl } from '@/lib/site';

export const dynamic = 'force-static';

/**
 * Every page of the site in both languages, from the same table as the pages' metadata, each with its
 * language alternates (xhtml:link); lastmod is the content's last commit, never the build time.
 */
export default function sitemap(): MetadataRoute.Sitemap {
  return getPageEntries().map((entry) => ({
    url: absoluteUrl(entry.path),
    ...(entry.modified && { lastModified: entry.modified }),
    alternates: { languages: Object.fromEntries(Object.entries(languageAlternates(entry.key)).map(([lang, path]) => [lang, absoluteUrl(path)])) },
  }));
}
