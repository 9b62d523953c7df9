import type { Browser } from '@playwright/test';
import { LANGS } from '../../lib/i18n/locales';
import { keystrokeLatencies, launchChromium, median, openHome, ourFirstQuery, pagefindCopy, pagefindFirstQuery, serve, type Server } from '../search-browser';

/** Common and rare words, prefixes as typed, and two-word queries; each finds something in the real report. */
export const QUERIES = ['tariffs', 'border', 'nearshoring', 'watchlists', 'tar', 'secur', 'border security', 'judicial reform'] as const;
const [LANG = 'en'] = LANGS;
// Clear of bench:search:browser's 4410/4411, which may run beside this.
const PORTS = { ours: 4430, pagefind: 4431 };

export interface SearchMeasurement {
  search: { firstQueryBytes: number; keystrokeMedianMs: number };
  pagefind: { firstQueryBytes: number };
  /** Each query's first-query gzip bytes and file count, ours (with the files' paths) and Pagefind's. */
  queries: { query: string; bytes: number; files: number; paths: string[]; pagefindBytes: number; pagefindFiles: number }[];
}

/**
 * Every query on a fresh page in a fresh context (an empty cache: a first
 * visit), ours on `out` and Pagefind on an indexed copy of it; then keystroke
 * → results on a page whose search is loaded. Stops its servers and removes
 * the copy whatever happens.
 */
export async function measureSearch(out: string): Promise<SearchMeasurement> {
  const copy = pagefindCopy(out);
  const servers: Server[] = [];
  let browser: Browser | undefined;
  try {
    const ours = await serve(out, PORTS.ours);
    servers.push(ours);
    const theirs = await serve(copy.dir, PORTS.pagefind);
    servers.push(theirs);
    browser = await launchChromium();
    const queries: SearchMeasurement['queries'] = [];
    let latencies: number[] = [];
    for (const query of QUERIES) {
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        await openHome(page, ours.origin, LANG);
        const first = await ourFirstQuery(page, LANG, query, out);
        if (latencies.length === 0) latencies = await keystrokeLatencies(page, LANG);
        const theirsFirst = await pagefindFirstQuery(browser, theirs.origin, copy.dir, LANG, query);
        queries.push({ query, bytes: first.gzipBytes, files: first.files, paths: first.paths, pagefindBytes: theirsFirst.gzipBytes, pagefindFiles: theirsFirst.files });
      } finally {
        await context.close();
      }
    }
    return {
      search: { firstQueryBytes: median(queries.map((entry) => entry.bytes)), keystrokeMedianMs: Number(median(latencies).toFixed(1)) },
      pagefind: { firstQueryBytes: median(queries.map((entry) => entry.pagefindBytes)) },
      queries,
    };
  } finally {
    await browser?.close();
    for (const server of servers) server.stop();
    copy.remove();
  }
}
