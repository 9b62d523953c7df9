import { readFileSync } from 'node:fs';
import path from 'node:path';
import { htmlFiles } from '../../scripts/html-files';

const project = path.resolve(import.meta.dirname, '../..');

const isMoved = (file: string) => readFileSync(file, 'utf8').includes('<meta http-equiv="refresh"');

function pagesOf(site: 'out' | '.hostile-out', moved: boolean): string[] {
  const out = path.join(project, site);
  return htmlFiles(out)
    .filter((file) => isMoved(file) === moved)
    .map((file) => `/${path.relative(out, file).split(path.sep).join('/')}`)
    .filter((page) => !page.startsWith('/_not-found'))
    .map((page) => page.replace(/index\.html$/, ''))
    .sort();
}

/** The URL path of every page in a built site (out/, or the hostile fixture's), without the pages at an insight's former id. */
export function allPages(site: 'out' | '.hostile-out' = 'out'): string[] {
  return pagesOf(site, false);
}

/** The pages at an insight's former id, which send the reader on to its page. */
export function movedPages(site: 'out' | '.hostile-out' = 'out'): string[] {
  return pagesOf(site, true);
}

/** Every built HTML file of a site, with its text. */
export function builtHtml(site: 'out' | '.hostile-out'): { file: string; html: string }[] {
  const out = path.join(project, site);
  return htmlFiles(out).map((file) => ({ file: path.relative(project, file), html: readFileSync(file, 'utf8') }));
}
