import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import {
  attributes,
  budgetBytes,
  FLEXSEARCH_MARKERS,
  firstLoad,
  hasFlexSearch,
  kb,
  markdownTable,
  readBaseline,
  siteFile,
  startTags,
  urlPath,
} from '../../scripts/first-load';
import { isRscPayload } from '../../lib/site-outputs/rsc-payloads.cjs';
import { siteFiles } from '../../lib/site-outputs/site-files';
import { allPages, builtHtml } from './pages';

/**
 * The byte budget, as a test (bytes are deterministic): every page's
 * first-paint JS (gzip) is at most the bare Next.js page's
 * (bench/bare-next/first-load-js.json, `npm run bench:bare`) + 15 KB, and
 * none of it is search. The search loader (lib/search/load.ts) is in the
 * first-paint bundle by design and names /search-index.json; the FlexSearch
 * library and the index data must only arrive when someone searches.
 */
const project = path.resolve(import.meta.dirname, '../..');
const out = path.join(project, 'out');
const chunksDir = path.join(out, '_next/static/chunks');
const SEARCH_INDEX_URL = '/search-index.json';

const baseline = readBaseline();
const budget = budgetBytes(baseline);

function pageOf(file: string): string {
  return `/${path.relative('out', file).split(path.sep).join('/')}`.replace(/index\.html$/, '');
}

const html = new Map(builtHtml('out').map(({ file, html: text }) => [pageOf(file), text]));
const pages = allPages();

/** Excerpts of the index data that would show up if it were bundled: each document's body start, as a JS/JSON string literal holds it. */
function indexDataMarkers(): string[] {
  const manifest = JSON.parse(readFileSync(path.join(out, 'search-index.json'), 'utf8')) as { fragments: string[] };
  const docs = manifest.fragments.flatMap((file) => JSON.parse(readFileSync(path.join(out, 'search-index', file), 'utf8')) as { body: string }[]);
  const markers = docs
    .map((doc) => JSON.stringify(doc.body).slice(1, 49))
    .filter((excerpt) => excerpt.length >= 32 && /^[\x20-\x7e]+$/.test(excerpt) && !excerpt.includes('\\'));
  return ['{"engine":"flexsearch@', ...new Set(markers)];
}

const source = (script: string) => readFileSync(siteFile(out, script), 'utf8');

test('the markers still find FlexSearch in the build (so "not in first paint" is not vacuous)', () => {
  const withFlexSearch = readdirSync(chunksDir).filter((name) => name.endsWith('.js') && hasFlexSearch(readFileSync(path.join(chunksDir, name), 'utf8')));
  expect(withFlexSearch, `no chunk contains any of ${JSON.stringify(FLEXSEARCH_MARKERS)}; update FLEXSEARCH_MARKERS in scripts/first-load.ts`).not.toEqual([]);
  expect(indexDataMarkers().length).toBeGreaterThan(10);
});

test('out/ ships no RSC payloads: the build removes every one Next writes beside a page, since nothing reads them', () => {
  // The pages are there to look beside: an empty walk would make this vacuous.
  expect(html.size).toBeGreaterThan(100);
  expect(siteFiles(out, isRscPayload).map((file) => path.relative(out, file))).toEqual([]);
});

test('first-load JS table (page → gzip KB)', () => {
  const rows = pages.map((page) => ({ page, gzipBytes: firstLoad(out, html.get(page) ?? '').gzipBytes }));
  console.log(markdownTable(rows, baseline));
  expect(rows).toHaveLength(pages.length);
});

for (const page of pages) {
  test(`${page}: first-load JS within budget and free of search code`, () => {
    const text = html.get(page);
    expect(text, `no HTML for ${page}`).toBeDefined();
    const load = firstLoad(out, text!);
    expect(load.scripts.length, page).toBeGreaterThan(0);

    expect(load.gzipBytes, `${page}: ${kb(load.gzipBytes)} KB gzip first-load JS > budget ${kb(budget)} KB (bare ${kb(baseline.gzipBytes)} KB + 15 KB): ${JSON.stringify(load.sizes)}`).toBeLessThanOrEqual(budget);

    const dataMarkers = indexDataMarkers();
    for (const script of load.scripts) {
      const js = source(script);
      expect(hasFlexSearch(js), `${page}: first-paint ${script} contains FlexSearch`).toBe(false);
      expect(dataMarkers.filter((marker) => js.includes(marker)), `${page}: first-paint ${script} contains search index data`).toEqual([]);
    }

    for (const tag of startTags(text!, 'link')) {
      const attrs = attributes(tag);
      const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
      const href = attrs.get('href');
      if (!href || !rel.some((value) => value === 'preload' || value === 'modulepreload')) continue;
      const target = urlPath(href);
      expect(target, `${page}: ${tag} preloads the search index`).not.toBe(SEARCH_INDEX_URL);
      if (target.endsWith('.js')) expect(hasFlexSearch(source(target)), `${page}: ${tag} preloads the search chunk`).toBe(false);
    }
  });
}
