import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Every file under `dir`, recursively, whose name passes `keep`. */
export function siteFiles(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return siteFiles(full, keep);
    return keep(entry.name) ? [full] : [];
  });
}
