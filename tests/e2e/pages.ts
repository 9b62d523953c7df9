import path from 'node:path';
import { htmlFiles } from '../../scripts/html-files';

const out = path.resolve(import.meta.dirname, '../../out');

/** The URL path of every page in the built site. */
export function allPages(): string[] {
  return htmlFiles(out)
    .map((file) => `/${path.relative(out, file).split(path.sep).join('/')}`)
    .filter((page) => !page.startsWith('/_not-found'))
    .map((page) => page.replace(/index\.html$/, ''))
    .sort();
}
