/**
 * Measures search as a person meets it, in the system Chromium against the
 * built site (run `npm run build` first), on / and on /es/:
 *  - the first-query network payload (search library, manifest, shards and fragments, gzip), ours
 *    and Pagefind 1.6.0's on a copy of the same out/ (Pagefind keeps one
 *    index per <html lang>, so each language loads its own);
 *  - the time from a keystroke to the first results on screen, once loaded.
 * A measurement, not a test: it prints medians and ratios.
 *
 *   npm run bench:search:browser
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { dictionary } from '../lib/i18n/dictionary';
import { LANGS, localizePath, type Lang } from '../lib/i18n/locales';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const args = ['--no-sandbox', '--disable-background-networking', '--disable-component-update'];
const PAGEFIND = 'pagefind@1.6.0';
/** The first query on each edition: one word, the same in both. */
const QUERY: Record<Lang, string> = { en: 'tariffs', es: 'aranceles' };
/** Prefixes with results in each edition (no stop words), for the keystroke timings. */
const PREFIXES: Record<Lang, string[]> = {
  en: ['bor', 'cus', 'mex', 'tra', 'inv', 'pen', 'gov', 'eco', 'sec', 'tar', 'mig'],
  es: ['fro', 'adu', 'mex', 'tra', 'inv', 'pen', 'gob', 'eco', 'seg', 'ara', 'mig'],
};
const OURS = 4410;
const THEIRS = 4411;

function serve(dir: string, port: number): Promise<ChildProcess> {
  const child = spawn('npx', ['tsx', 'scripts/serve.ts', dir], { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout?.once('data', () => resolve(child));
    // A busy port ends the server before it announces itself: say so rather than wait forever.
    child.once('exit', (code) => reject(new Error(`serve.ts ${dir} on port ${port} exited (${code}) before serving; is the port in use?`)));
  });
}

/** Bytes on the wire for a file a static host serves compressed: gzip, unless it is compressed already. */
function wireBytes(dir: string, urlPath: string): number {
  const body = readFileSync(path.join(dir, decodeURIComponent(urlPath)));
  const compressed = body[0] === 0x1f && body[1] === 0x8b;
  return compressed || /\.(png|wasm\.gz)$/.test(urlPath) ? body.length : gzipSync(body).length;
}

/** Paths the page requests while `action` runs. */
async function requestsDuring(page: Page, action: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const listener = (request: { url(): string }) => seen.push(new URL(request.url()).pathname);
  page.on('request', listener);
  await action();
  await page.waitForLoadState('networkidle');
  page.off('request', listener);
  return seen;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

interface LanguageReport {
  query: string;
  ours: { files: number; gzipBytes: number; paths: string[] };
  pagefind: { files: number; gzipBytes: number };
  ratio: number;
  keystrokeToResultsMs: { median: number; max: number; samples: number };
}

/** One language, in a fresh context each side (an empty cache, as on a first visit). */
async function measureLanguage(browser: Browser, lang: Lang, out: string, copy: string): Promise<LanguageReport> {
  const query = QUERY[lang];
  const context = await browser.newContext();
  const pagefindContext = await browser.newContext();
  try {
    const page = await context.newPage();

    // Ours: everything fetched from focusing search to the first results.
    await page.goto(`http://127.0.0.1:${OURS}${localizePath('/', lang)}`);
    await page.locator('header form[data-enhanced]').waitFor();
    const box = page.getByRole('combobox', { name: dictionary(lang).search.label });
    const ourRequests = await requestsDuring(page, async () => {
      await box.fill(query);
      await page.getByRole('option').first().waitFor();
    });
    const ourFiles = ourRequests.filter((request) => request.includes('/_next/static/chunks/') || request.endsWith('.json'));
    const ourBytes = ourFiles.reduce((sum, file) => sum + wireBytes(out, file), 0);

    // Keystroke → first results on screen, once its shards are cached (typed once before): a fresh word each time.
    const words = PREFIXES[lang];
    for (const word of words) {
      await box.fill(word);
      await page.waitForLoadState('networkidle');
    }
    const latencies: number[] = [];
    for (const word of words) {
      await box.fill('');
      latencies.push(
        await page.evaluate(
          (letter) =>
            new Promise<number>((resolve, reject) => {
              setTimeout(() => reject(new Error(`no results for ${letter} within 10 s`)), 10_000);
              const input = document.querySelector<HTMLInputElement>('header input[role="combobox"]');
              const list = document.getElementById(input?.getAttribute('aria-controls') ?? '');
              const start = performance.now();
              const observer = new MutationObserver(() => {
                // A result, not the last option (“See all”, or “No matches” while nothing is found yet).
                if (list?.querySelector('[role="option"]:not(:last-child)')) {
                  observer.disconnect();
                  requestAnimationFrame(() => resolve(performance.now() - start));
                }
              });
              observer.observe(list ?? document.body, { childList: true, subtree: true });
              input?.focus();
              // What a keystroke does: the value changes, then React hears the input event.
              Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, letter);
              input?.dispatchEvent(new Event('input', { bubbles: true }));
            }),
          word,
        ),
      );
    }

    // Pagefind: its library, wasm, metadata, index chunks and the first results' fragments.
    // Run from a non-HTML URL of the copy: our pages' CSP would (rightly) block Pagefind's WebAssembly.
    // Pagefind picks its index by <html lang>, which that document lacks: set it as a page in the language has it.
    const pagefindPage = await pagefindContext.newPage();
    await pagefindPage.goto(`http://127.0.0.1:${THEIRS}/icon-192.png`);
    const theirRequests = await requestsDuring(pagefindPage, async () => {
      await pagefindPage.evaluate(
        async ([text, language]) => {
          document.documentElement.lang = language;
          const library = '/pagefind/pagefind.js';
          const pagefind = (await import(library)) as { search(query: string): Promise<{ results: { data(): Promise<unknown> }[] }> };
          const search = await pagefind.search(text);
          await Promise.all(search.results.slice(0, 5).map((result) => result.data()));
        },
        [query, lang] as const,
      );
    });
    const theirFiles = theirRequests.filter((request) => request.startsWith('/pagefind/'));
    const theirBytes = theirFiles.reduce((sum, file) => sum + wireBytes(copy, file), 0);

    return {
      query,
      ours: { files: ourFiles.length, gzipBytes: ourBytes, paths: ourFiles },
      pagefind: { files: theirFiles.length, gzipBytes: theirBytes },
      ratio: Number((ourBytes / theirBytes).toFixed(2)),
      keystrokeToResultsMs: { median: Number(median(latencies).toFixed(1)), max: Number(Math.max(...latencies).toFixed(1)), samples: latencies.length },
    };
  } finally {
    await context.close();
    await pagefindContext.close();
  }
}

async function main() {
  const root = process.cwd();
  const out = path.join(root, 'out');
  const copy = mkdtempSync(path.join(os.tmpdir(), 'pagefind-site-'));
  cpSync(out, copy, { recursive: true });
  const indexed = spawnSync('npx', ['-y', PAGEFIND, '--site', copy], { encoding: 'utf8' });
  if (indexed.status !== 0) throw new Error(`pagefind failed: ${indexed.stderr}`);

  const ours = await serve(out, OURS);
  const theirs = await serve(copy, THEIRS);
  const browser = await chromium.launch({ executablePath, args });
  try {
    const reports = {} as Record<Lang, LanguageReport>;
    for (const lang of LANGS) reports[lang] = await measureLanguage(browser, lang, out, copy);
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
    await browser.close();
    ours.kill();
    theirs.kill();
    rmSync(copy, { recursive: true, force: true });
  }
}

await main();
