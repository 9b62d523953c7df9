import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * First-load JavaScript of a static export, measured from the built HTML:
 * every `<script src>` a page references, except `noModule` ones (modern
 * browsers skip them), each counted once, gzipped with node:zlib defaults.
 * Bytes are deterministic, so budgets on them can be tests.
 */

/** The extra gzip bytes a page may ship over the bare Next.js page. */
export const BUDGET_HEADROOM_BYTES = 15 * 1024;

const project = path.resolve(import.meta.dirname, '..');

/** Where the bare fixture's committed baseline lives (`npm run bench:bare`). */
export const baselineFile = path.join(project, 'bench/bare-next/first-load-js.json');

export interface Baseline {
  nextVersion: string;
  pages: Record<string, number>;
  gzipBytes: number;
}

export interface FirstLoad {
  /** URL paths of the scripts, in document order, deduplicated. */
  scripts: string[];
  /** Gzip bytes per script. */
  sizes: Record<string, number>;
  /** Sum of `sizes`. */
  gzipBytes: number;
}

/** The attributes of one start tag, names lower-cased (`noModule` → `nomodule`). */
export function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  const body = tag.replace(/^<[a-z]+/i, '').replace(/\/?>$/, '');
  for (const match of body.matchAll(/([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    const name = match[1]!.toLowerCase();
    if (!found.has(name)) found.set(name, decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return found;
}

function decodeEntities(value: string): string {
  return value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

/** Every start tag of `name` in `html` (comments dropped first). */
export function startTags(html: string, name: string): string[] {
  const text = html.replace(/<!--[\s\S]*?-->/g, '');
  return [...text.matchAll(new RegExp(`<${name}\\b(?:"[^"]*"|'[^']*'|[^'">])*>`, 'gi'))].map((match) => match[0]);
}

/** The URL paths of the scripts a page loads on first paint: `<script src>` minus `noModule`, deduplicated, in order. */
export function firstPaintScripts(html: string): string[] {
  const seen = new Set<string>();
  for (const tag of startTags(html, 'script')) {
    const attrs = attributes(tag);
    const src = attrs.get('src');
    if (src === undefined || attrs.has('nomodule')) continue;
    seen.add(urlPath(src));
  }
  return [...seen];
}

/** A same-origin script URL as a path (`/_next/static/chunks/x.js`); anything else is an error: a static export loads nothing from elsewhere. */
export function urlPath(src: string): string {
  const url = new URL(src, 'http://site.invalid/');
  if (url.origin !== 'http://site.invalid') throw new Error(`Script from another origin: ${src}`);
  return decodeURIComponent(url.pathname);
}

/** The file under `siteDir` that serves `urlPath`. */
export function siteFile(siteDir: string, urlPathname: string): string {
  const file = path.join(siteDir, urlPathname);
  if (!file.startsWith(path.resolve(siteDir) + path.sep)) throw new Error(`Outside the site: ${urlPathname}`);
  return file;
}

const gzipCache = new Map<string, number>();

/** Gzip size (node:zlib default level) of a file, cached per path for one process. */
export function gzipSize(file: string): number {
  let size = gzipCache.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(file)).length;
    gzipCache.set(file, size);
  }
  return size;
}

/** The first-load JS of one built HTML page of the site in `siteDir`. */
export function firstLoad(siteDir: string, html: string): FirstLoad {
  const scripts = firstPaintScripts(html);
  const sizes: Record<string, number> = {};
  for (const script of scripts) sizes[script] = gzipSize(siteFile(siteDir, script));
  return { scripts, sizes, gzipBytes: Object.values(sizes).reduce((sum, size) => sum + size, 0) };
}

/** The committed baseline of the bare Next.js page. */
export function readBaseline(): Baseline {
  const baseline = JSON.parse(readFileSync(baselineFile, 'utf8')) as Baseline;
  if (!Number.isInteger(baseline.gzipBytes) || baseline.gzipBytes <= 0) throw new Error(`${baselineFile}: no gzipBytes; run npm run bench:bare`);
  return baseline;
}

/** The budget every page's first-load JS must meet. */
export function budgetBytes(baseline: Baseline = readBaseline()): number {
  return baseline.gzipBytes + BUDGET_HEADROOM_BYTES;
}

export const kb = (bytes: number): string => (bytes / 1024).toFixed(1);

/** A Markdown table page → first-load JS gzip KB → budget, for the README. */
export function markdownTable(rows: { page: string; gzipBytes: number }[], baseline: Baseline): string {
  const budget = budgetBytes(baseline);
  return [
    `First-load JS (gzip, node:zlib default level; every \`<script src>\` except \`noModule\`, once). Bare Next.js ${baseline.nextVersion} page: ${kb(baseline.gzipBytes)} KB; budget = bare + 15 KB = ${kb(budget)} KB.`,
    '',
    '| Page | First-load JS (gzip KB) | Budget (KB) |',
    '| --- | ---: | ---: |',
    ...rows.map(({ page, gzipBytes }) => `| \`${page}\` | ${kb(gzipBytes)}${gzipBytes > budget ? ' ❌ over' : ''} | ${kb(budget)} |`),
  ].join('\n');
}

/**
 * Strings that survive minification of FlexSearch 0.8.212's compact build
 * (checked in out/_next/static/chunks): an error message and the source
 * text of its `export(…, true)` serializer. `IndexedDB:null` and the export
 * names do not survive Turbopack's tree shaking, so they are no marker.
 */
export const FLEXSEARCH_MARKERS = ['The tag field from the document descriptor is undefined.', 'function inject(index){', 'index.ctx=new Map(['] as const;

/** Whether a script's source contains FlexSearch. */
export function hasFlexSearch(source: string): boolean {
  return FLEXSEARCH_MARKERS.some((marker) => source.includes(marker));
}
