import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { withCsp } from '../lib/site-outputs/csp';
import { withFontPreloads } from '../lib/site-outputs/font-preloads';
import { isRscPayload } from '../lib/site-outputs/rsc-payloads.cjs';
import { siteFiles } from '../lib/site-outputs/site-files';
import { isHtmlPage } from './html-files';
import { inProcesses, processCount } from './in-processes';

/** Below this many files per process (a page takes about 5 ms), finishing them here beats starting processes. */
const FILES_PER_PROCESS = 400;

/** What the export step leaves to finish: every page, and every RSC payload, found in one walk of the export. */
export const unfinishedFiles = (out: string): string[] => siteFiles(out, (name) => isHtmlPage(name) || isRscPayload(name));

/**
 * One file of the export, finished in place. A page gets preloads for the fonts its first paint needs, then its own
 * CSP (the hashes of exactly its inline scripts); an RSC payload, which nothing reads, is removed.
 */
export function finishFile(file: string, fonts: readonly string[]): void {
  if (isRscPayload(path.basename(file))) rmSync(file);
  else writeFileSync(file, withCsp(withFontPreloads(readFileSync(file, 'utf8'), fonts)));
}

/**
 * Finishes every file, shared among processes (one per core) when there are many: at 10,000 insights 29,252 pages to
 * rewrite, which costs system time that one process cannot spread. (And no payloads, unless Next copied them after
 * all: skip-payload-copies.cjs.)
 */
export async function finishPages(files: readonly string[], fonts: readonly string[]): Promise<void> {
  const processes = processCount(files.length, FILES_PER_PROCESS);
  if (processes > 1) await inProcesses(new URL('./finish-pages-process.ts', import.meta.url), files, processes, fonts);
  else for (const file of files) finishFile(file, fonts);
}
