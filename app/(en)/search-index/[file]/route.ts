import { searchFileParams, searchFileResponse } from '@/lib/search/search-routes';

// Written at build time to out/search-index/<content hash>.json, one file per shard, facet table and fragment; fetched as queries need them.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return searchFileParams('en');
}

export function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  return searchFileResponse('en', params);
}
