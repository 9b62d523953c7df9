import { manifestResponse } from '@/lib/search/search-routes';

// Written once at build time to out/es/search-index.json: the manifest naming every search shard and fragment (under es/search-index/).
export const dynamic = 'force-static';

export function GET() {
  return manifestResponse('es');
}
