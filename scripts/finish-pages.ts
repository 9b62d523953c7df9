import { readFileSync, writeFileSync } from 'node:fs';
import { withCsp } from '../lib/site-outputs/csp';
import { withFontPreloads } from '../lib/site-outputs/font-preloads';
import { inProcesses, processCount } from './in-processes';

/** Below this many pages per process (about 5 ms each), finishing them here beats starting processes. */
const PAGES_PER_PROCESS = 400;

/** One built page, finished in place: preloads for the fonts its first paint needs, then its own CSP (the hashes of exactly its inline scripts). */
export function finishPage(file: string, fonts: readonly string[]): void {
  writeFileSync(file, withCsp(withFontPreloads(readFileSync(file, 'utf8'), fonts)));
}

/** Finishes every page, shared among processes (one per core) when there are many; at 10,000 insights the disk, rewriting every page, limits it as much as hashing does. */
export async function finishPages(files: readonly string[], fonts: readonly string[]): Promise<void> {
  const processes = processCount(files.length, PAGES_PER_PROCESS);
  if (processes > 1) await inProcesses(new URL('./finish-pages-process.ts', import.meta.url), files, processes, fonts);
  else for (const file of files) finishPage(file, fonts);
}
