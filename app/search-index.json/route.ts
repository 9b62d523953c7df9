import { buildSearchPayload } from '@/lib/search/build-payload';

// Written once at build time to out/search-index.json; fetched only when someone searches.
export const dynamic = 'force-static';

export async function GET() {
  return Response.json(await buildSearchPayload());
}
