import type { MetadataRoute } from 'next';
import { getPageEntries } from '@/lib/pages';
import { absoluteUrl } from '@/lib/site';

export const dynamic = 'force-static';

/** Every page of the site, from the same table as the pages' metadata; lastmod is the content's last commit, never the build time. */
export default function sitemap(): MetadataRoute.Sitemap {
  return getPageEntries().map((entry) => ({ url: absoluteUrl(entry.path), ...(entry.modified && { lastModified: entry.modified }) }));
}
