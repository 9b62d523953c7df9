import { copyFileSync, linkSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { inProcesses, processCount } from './in-processes';
import { getPageEntries, ogImagePath } from '../lib/pages';
import { cardFile, openCardCache, rendererVersion, type CardJob } from './og-cache';

/** Below this many new cards per process, drawing them here beats starting processes (each loads the renderer, about a second). */
const CARDS_PER_PROCESS = 24;

/** A hard link where the cache and the site share a file system (no second copy of each card), else a copy. */
function place(cached: string, file: string): void {
  try {
    linkSync(cached, file);
  } catch {
    copyFileSync(cached, file);
  }
}

/** Writes every page's own 1200×630 link-preview image into the built site, drawing only cards that changed. */
export async function writeOgImages(out: string): Promise<{ written: number; rendered: number }> {
  const version = rendererVersion();
  const cache = openCardCache(version);
  const entries = getPageEntries();
  const jobs = new Map<string, CardJob>();
  for (const { lang, card } of entries) if (!cache.has([lang, card])) jobs.set(cache.path([lang, card]), { lang, card });
  // Drawing is CPU-bound and single-threaded: new cards are shared among processes, one per core.
  const processes = processCount(jobs.size, CARDS_PER_PROCESS);
  if (processes > 1) await inProcesses(new URL('./og-render.ts', import.meta.url), [...jobs.values()], processes, version);
  else for (const job of jobs.values()) await cardFile(cache, job);
  for (const entry of entries) {
    const file = path.join(out, ogImagePath(entry.path));
    mkdirSync(path.dirname(file), { recursive: true });
    place(cache.path([entry.lang, entry.card]), file);
  }
  return { written: entries.length, rendered: jobs.size };
}
