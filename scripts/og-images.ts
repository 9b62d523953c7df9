import { spawn } from 'node:child_process';
import { copyFileSync, linkSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getPageEntries, ogImagePath } from '../lib/pages';
import { openCardCache, rendererVersion } from './og-cache';

/** A hard link where the cache and the site share a file system (no second copy of each card), else a copy. */
function place(cached: string, file: string): void {
  try {
    linkSync(cached, file);
  } catch {
    copyFileSync(cached, file);
  }
}

/** The cards a build draws: how many the cache lacked, once the process drawing them has finished. */
export interface CardDrawing {
  version: string;
  drawn: Promise<number>;
}

/**
 * Starts drawing every card the cache lacks, in a process of its own at the lowest priority: a card takes about
 * 3 ms, so even 24,000 new ones (10,000 insights, both languages) fit in the CPU `next build` leaves idle (its page
 * workers use about 85% of a core each; compiling, type-checking and collecting leave a core free). The content
 * snapshot must be in place (the process reads it).
 */
export function startDrawingCards(): CardDrawing {
  const version = rendererVersion();
  // The same TypeScript loader as this process (tsx); the renderer's version is handed over so both agree on keys.
  const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(new URL('./og-render.ts', import.meta.url)), version], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    // At nice 10 it took enough from next build's page workers to slow it by a minute at 10,000 insights (499 s, against 433 s at 19).
    os.setPriority(child.pid!, 19);
  } catch {
    // A platform that will not lower it: the cards are drawn at the build's priority, which is only slower.
  }
  process.on('exit', () => child.kill());
  let report = '';
  child.stdout.on('data', (chunk: Buffer) => (report += chunk.toString()));
  const drawn = new Promise<number>((resolve, reject) => child.on('exit', (code) => (code === 0 ? resolve(Number(report.trim())) : reject(new Error(`og-render.ts exited with ${code}`)))));
  // Awaited by writeOgImages; a failure meanwhile is reported there, not as an unhandled rejection.
  drawn.catch(() => {});
  return { version, drawn };
}

/** Writes every page's own 1200×630 link-preview image into the built site, once the new cards are drawn. */
export async function writeOgImages(out: string, drawing: CardDrawing): Promise<{ written: number; rendered: number }> {
  const rendered = await drawing.drawn;
  const cache = openCardCache(drawing.version);
  const entries = getPageEntries();
  for (const entry of entries) {
    const card = [entry.lang, entry.card];
    if (!cache.has(card)) throw new Error(`the card of ${entry.path} was not drawn`);
    const file = path.join(out, ogImagePath(entry.path));
    mkdirSync(path.dirname(file), { recursive: true });
    place(cache.path(card), file);
  }
  return { written: entries.length, rendered };
}
