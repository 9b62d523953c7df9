import { spawn } from 'node:child_process';
import { copyFileSync, linkSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getPageEntries, ogImagePath } from '../lib/pages';
import { cardFile, openCardCache, type CardJob } from './og-cache';

/** Below this many new cards per process, drawing them here beats starting processes (each loads the renderer, about a second). */
const CARDS_PER_PROCESS = 24;

/** Draws cards in `count` processes at once, one share each: drawing is CPU-bound and single-threaded. */
async function drawInProcesses(jobs: readonly CardJob[], count: number): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'insights-cards-'));
  try {
    await Promise.all(
      Array.from({ length: count }, (_, share) => {
        const file = path.join(dir, `${share}.json`);
        writeFileSync(file, JSON.stringify(jobs.filter((_, k) => k % count === share)));
        // The same TypeScript loader as this process (tsx), so the child runs the same renderer.
        const child = spawn(process.execPath, [...process.execArgv, path.resolve('scripts/og-render.ts'), file], { stdio: 'inherit' });
        return new Promise<void>((resolve, reject) => child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`A card-drawing process exited with ${code}`)))));
      }),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

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
  const cache = openCardCache();
  const entries = getPageEntries();
  const jobs = new Map<string, CardJob>();
  for (const { lang, card } of entries) if (!cache.has([lang, card])) jobs.set(cache.path([lang, card]), { lang, card });
  const processes = Math.min(os.availableParallelism(), Math.floor(jobs.size / CARDS_PER_PROCESS));
  if (processes > 1) await drawInProcesses([...jobs.values()], processes);
  else for (const job of jobs.values()) await cardFile(cache, job);
  for (const entry of entries) {
    const file = path.join(out, ogImagePath(entry.path));
    mkdirSync(path.dirname(file), { recursive: true });
    place(cache.path([entry.lang, entry.card]), file);
  }
  return { written: entries.length, rendered: jobs.size };
}
