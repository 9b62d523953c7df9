import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { notFoundPageFor } from './headers';

/**
 * Puts the Spanish 404 page where hosts look for it. Next exports it as a
 * page (`es/404/index.html`, from app/(es)/es/404/); a host answers a miss
 * under /es/ with `es/404.html` (lib/site-outputs/headers.ts), and the page
 * must not also exist at its own address.
 */
export function placeNotFoundPages(out: string): void {
  const exported = path.join(out, 'es/404');
  const target = path.join(out, notFoundPageFor('/es/'));
  if (!existsSync(path.join(exported, 'index.html'))) throw new Error(`Expected the Spanish 404 page at ${path.join(exported, 'index.html')}`);
  renameSync(path.join(exported, 'index.html'), target);
  rmSync(exported, { recursive: true });
}
