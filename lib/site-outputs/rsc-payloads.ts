import { rmSync } from 'node:fs';
import { siteFiles } from './site-files';

/** Next's per-page RSC payloads: `index.txt` and the `__next.….txt` segment files. */
export const isRscPayload = (name: string): boolean => name === 'index.txt' || (name.startsWith('__next.') && name.endsWith('.txt'));

/**
 * Removes the RSC payloads Next writes beside every page. They serve
 * client-side navigation, which this site never does (its links are plain
 * anchors, and no component calls the router), so nothing reads them; they
 * were half of `out/` at 10,000 insights. Returns how many were removed.
 */
export function removeRscPayloads(out: string): number {
  const payloads = siteFiles(out, isRscPayload);
  for (const file of payloads) rmSync(file);
  return payloads.length;
}
