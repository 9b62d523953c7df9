import type { Lang } from '../i18n/locales';
import { siteSearchFiles } from './build-payload';

/** The manifest route's response: the one search file with a fixed URL. */
export const manifestResponse = (lang: Lang) => Response.json(siteSearchFiles(lang).manifest);

/** One static page per shard, facet table and fragment the manifest names. */
export const searchFileParams = (lang: Lang) => [...siteSearchFiles(lang).files.keys()].map((file) => ({ file }));

/** A shard, facet table or fragment by its content-hashed name. */
export async function searchFileResponse(lang: Lang, params: Promise<{ file: string }>): Promise<Response> {
  const body = siteSearchFiles(lang).files.get((await params).file);
  return body === undefined ? new Response('Not found', { status: 404 }) : new Response(body, { headers: { 'Content-Type': 'application/json' } });
}
