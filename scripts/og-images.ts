import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { getPageEntries, ogImagePath } from '../lib/pages';
import { cardCache } from '../lib/site-outputs/card-cache';
import { ogImage } from '../lib/site-outputs/og-image';

/** Cards kept between builds (git-ignored with node_modules; INSIGHTS_OG_CACHE moves it). */
const CACHE = path.resolve(process.env.INSIGHTS_OG_CACHE ?? 'node_modules/.cache/insights-og');

// The renderer's code and Next's version (which bundles the fonts and satori): a new design re-renders every card.
const rendererVersion = () =>
  [readFileSync(path.resolve('lib/site-outputs/og-image.tsx'), 'utf8'), (JSON.parse(readFileSync(path.resolve('node_modules/next/package.json'), 'utf8')) as { version: string }).version].join('\0');

/** Writes every page's own 1200×630 link-preview image into the built site, rendering only cards that changed. */
export async function writeOgImages(out: string): Promise<{ written: number; rendered: number }> {
  const cache = cardCache(CACHE, rendererVersion());
  const entries = getPageEntries();
  for (const entry of entries) {
    const cached = await cache.file([entry.lang, entry.card], async () => ogImage(entry.card, entry.lang).arrayBuffer());
    const file = path.join(out, ogImagePath(entry.path));
    mkdirSync(path.dirname(file), { recursive: true });
    copyFileSync(cached, file);
  }
  return { written: entries.length, rendered: cache.rendered };
}
