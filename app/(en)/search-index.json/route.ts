import { buildSearchPayload, searchDocuments } from '@/lib/search/build-payload';

// Written once at build time to out/search-index.json; fetched only when someone searches.
export const dynamic = 'force-static';

export function GET() {
  return Response.json(buildSearchPayload(searchDocuments('en'), 'en'));
}
