import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { htmlFiles } from './html-files';

/** A link in a built page that leads nowhere. */
export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

const decode = (value: string) =>
  value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');

/** Internal `href`/`src` targets of a page: everything not on another origin. */
function targets(html: string): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
    const value = decode(match[1] ?? '');
    if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('//')) continue;
    found.push(value);
  }
  return found;
}

function ids(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((match) => decode(match[1] ?? '')));
}

function resolve(root: string, page: string, pathname: string): string | undefined {
  const absolute = pathname.startsWith('/') ? path.join(root, pathname) : path.resolve(path.dirname(page), pathname);
  const candidates = pathname.endsWith('/') ? [path.join(absolute, 'index.html')] : [absolute, path.join(absolute, 'index.html')];
  return candidates.find((candidate) => {
    try {
      return statSync(candidate).isFile();
    } catch {
      return false;
    }
  });
}

/** Checks every internal link and `#fragment` of every page in a static export. */
export function checkLinks(root: string): { pages: number; links: number; broken: BrokenLink[] } {
  const pages = htmlFiles(root);
  const idCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let set = idCache.get(file);
    if (!set) idCache.set(file, (set = ids(readFileSync(file, 'utf8'))));
    return set;
  };
  const broken: BrokenLink[] = [];
  let links = 0;
  for (const page of pages) {
    const relative = path.relative(root, page);
    for (const href of targets(readFileSync(page, 'utf8'))) {
      links++;
      const [beforeHash = '', fragment] = href.split('#', 2);
      const pathname = beforeHash.split('?')[0] ?? '';
      const file = pathname === '' ? page : resolve(root, page, decodeURIComponent(pathname));
      if (!file) broken.push({ page: relative, href, reason: 'no such file' });
      else if (fragment && file.endsWith('.html') && !idsOf(file).has(decodeURIComponent(fragment))) {
        broken.push({ page: relative, href, reason: `no element with id "${fragment}"` });
      }
    }
  }
  return { pages: pages.length, links, broken };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = path.resolve(process.argv[2] ?? 'out');
  const { pages, links, broken } = checkLinks(root);
  for (const link of broken) console.error(`${link.page}: ${link.href} — ${link.reason}`);
  console.log(`Checked ${links} internal links on ${pages} pages: ${broken.length} broken.`);
  process.exitCode = broken.length > 0 ? 1 : 0;
}
