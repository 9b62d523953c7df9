import { atomFeed } from '@/lib/site-outputs/feed';

// Written once at build time to out/es/feed.xml.
export const dynamic = 'force-static';

export function GET() {
  return new Response(atomFeed('es'), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
}
