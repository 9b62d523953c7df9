import { manifestResponse } from '@/lib/search/search-routes';

// Written once at build time to out/search-index.json: the manifest naming every search shard and fragment (under search-index/).
export const dynamic = 'force-static';

export function GET() {
  return manifestResponse('en');
}
