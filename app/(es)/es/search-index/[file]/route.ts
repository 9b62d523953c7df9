import { searchFileParams, searchFileResponse } from '@/lib/search/search-routes';

// Written at build time to out/es/search-index/<content hash>.json, one file per shard, facet table and fragment; fetched as queries need them.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return searchFileParams('es');
}

export function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  return searchFileResponse('es', params);
}
