/**
 * Measures search as a person meets it, in the system Chromium against the
 * built site (run `npm run build` first), on / and on /es/:
 *  - the first-query network payload (gzip: everything fetched from typing to
 *    the first results), ours and Pagefind 1.6.0's on a copy of the same out/
 *    (Pagefind keeps one index per <html lang>, so each language loads its own);
 *  - the time from a keystroke to the first results on screen, once loaded.
 * A measurement, not a test: it prints medians and ratios.
 *
 *   npm run bench:search:browser
 */
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { LANGS, localizePath, type Lang } from '../lib/i18n/locales';
import { PAGEFIND, keystrokeLatencies, launchChromium, median, openHome, ourFirstQuery, pagefindCopy, pagefindFirstQuery, serve, type FirstQuery, type Server } from './search-browser';

/** The first query on each edition: one word, the same in both. */
const QUERY: Record<Lang, string> = { en: 'tariffs', es: 'aranceles' };

interface LanguageReport {
  query: string;
  ours: FirstQuery;
  pagefind: Omit<FirstQuery, 'paths'>;
  ratio: number;
  keystrokeToResultsMs: { median: number; max: number; samples: number };
}

/** One language, in a fresh context each side (an empty cache, as on a first visit). */
async function measureLanguage(browser: Browser, lang: Lang, ours: Server, out: string, theirs: Server, copy: string): Promise<LanguageReport> {
  const query = QUERY[lang];
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await openHome(page, ours.origin, lang);
    const first = await ourFirstQuery(page, lang, query, out);
    const latencies = await keystrokeLatencies(page, lang);
    const { files, gzipBytes } = await pagefindFirstQuery(browser, theirs.origin, copy, lang, query);
    return {
      query,
      ours: first,
      pagefind: { files, gzipBytes },
      ratio: Number((first.gzipBytes / gzipBytes).toFixed(2)),
      keystrokeToResultsMs: { median: Number(median(latencies).toFixed(1)), max: Number(Math.max(...latencies).toFixed(1)), samples: latencies.length },
    };
  } finally {
    await context.close();
  }
}

async function main() {
  const out = path.join(process.cwd(), 'out');
  const copy = pagefindCopy(out);
  const servers: Server[] = [];
  let browser: Browser | undefined;
  try {
    // Started inside the try: a busy port must not leave the other server or the copy behind.
    const ours = await serve(out, 4410);
    servers.push(ours);
    const theirs = await serve(copy.dir, 4411);
    servers.push(theirs);
    browser = await launchChromium();
    const reports = {} as Record<Lang, LanguageReport>;
    for (const lang of LANGS) reports[lang] = await measureLanguage(browser, lang, ours, out, theirs, copy.dir);
    if (process.argv.includes('--json')) console.log(JSON.stringify({ pagefind: PAGEFIND, ...reports }));
    else {
      for (const lang of LANGS) {
        const report = reports[lang];
        console.log(`${localizePath('/', lang)}: first-query payload for "${report.query}" (gzip on the wire):`);
        console.log(`  ours      ${report.ours.gzipBytes.toLocaleString('en')} bytes in ${report.ours.files} files (${report.ours.paths.join(', ')})`);
        console.log(`  pagefind  ${report.pagefind.gzipBytes.toLocaleString('en')} bytes in ${report.pagefind.files} files (${PAGEFIND})`);
        console.log(`  ratio     ${report.ratio}× of Pagefind's`);
        console.log(`  keystroke to first results, once loaded: median ${report.keystrokeToResultsMs.median} ms, max ${report.keystrokeToResultsMs.max} ms (${report.keystrokeToResultsMs.samples} samples)`);
      }
    }
  } finally {
    await browser?.close();
    for (const server of servers) server.stop();
    copy.remove();
  }
}

await main();
