import { readFileSync } from 'node:fs';
import path from 'node:path';
import { htmlFiles } from '../../scripts/html-files';

const project = path.resolve(import.meta.dirname, '../..');

/** The URL path of every page in a built site (out/, or the hostile fixture's). */
export function allPages(site: 'out' | '.hostile-out' = 'out'): string[] {
  const out = path.join(project, site);
  return htmlFiles(out)
    .map((file) => `/${path.relative(out, file).split(path.sep).join('/')}`)
    .filter((page) => !page.startsWith('/_not-found'))
    .map((page) => page.replace(/index\.html$/, ''))
    .sort();
}

/** Every built HTML file of a site, with its text. */
export function builtHtml(site: 'out' | '.hostile-out'): { file: string; html: string }[] {
  const out = path.join(project, site);
  return htmlFiles(out).map((file) => ({ file: path.relative(project, file), html: readFileSync(file, 'utf8') }));
}
