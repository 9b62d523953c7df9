import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderHeadersFile } from './headers';

/** Writes `_headers` (Netlify, Cloudflare Pages) into the built site; returns its path. */
export function writeHeadersFile(out: string): string {
  const file = path.join(out, '_headers');
  writeFileSync(file, renderHeadersFile());
  return file;
}
