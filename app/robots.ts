import type { MetadataRoute } from 'next';
import { INDEXABLE, absoluteUrl } from '@/lib/site';

export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  // A loopback build is a local preview: keep every crawler out.
  return { rules: { userAgent: '*', ...(INDEXABLE ? { allow: '/' } : { disallow: '/' }) }, sitemap: absoluteUrl('/sitemap.xml') };
}
