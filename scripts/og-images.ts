import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ogImage } from '../lib/site-outputs/og-image';
import { getPageEntries, ogImagePath } from '../lib/pages';

/** Renders every page's own 1200×630 link-preview image into the built site. */
export async function writeOgImages(out: string): Promise<number> {
  const entries = getPageEntries();
  for (const entry of entries) {
    const file = path.join(out, ogImagePath(entry.path));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, Buffer.from(await ogImage(entry.card, entry.lang).arrayBuffer()));
  }
  return entries.length;
}
