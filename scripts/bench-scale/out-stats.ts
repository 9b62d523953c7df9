import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { htmlFiles } from '../html-files';

export interface OutStats {
  pages: number;
  outBytes: number;
  maxHtmlBytes: number;
  maxHtmlGzipBytes: number;
  /** The largest page's URL path (`/speakers/kim-ogg/`). */
  maxHtmlPath: string;
}

function totalBytes(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((sum, entry) => {
    const full = path.join(dir, entry.name);
    return sum + (entry.isDirectory() ? totalBytes(full) : statSync(full).size);
  }, 0);
}

/** What a built site weighs: its HTML pages, every byte of it, and its largest page. */
export function outStats(out: string): OutStats {
  const pages = htmlFiles(out).map((file) => ({ file, bytes: statSync(file).size }));
  const largest = pages.reduce((max, page) => (page.bytes > max.bytes ? page : max), { file: '', bytes: 0 });
  const urlPath = `/${path.relative(out, largest.file).split(path.sep).join('/')}`.replace(/index\.html$/, '');
  return {
    pages: pages.length,
    outBytes: totalBytes(out),
    maxHtmlBytes: largest.bytes,
    maxHtmlGzipBytes: largest.file ? gzipSync(readFileSync(largest.file)).length : 0,
    maxHtmlPath: urlPath,
  };
}
