/**
 * Measures search as a person meets it, in the system Chromium against the
 * built site (run `npm run build` first):
 *  - the first-query network payload (search library + index, gzip), ours
 *    and Pagefind 1.6.0's on a copy of the same out/;
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
import { chromium, type Page } from '@playwright/test';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const args = ['--no-sandbox', '--disable-background-networking', '--disable-component-update'];
const PAGEFIND = 'pagefind@1.6.0';
const QUERY = 'tariffs';

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

async function main() {
  const root = process.cwd();
  const out = path.join(root, 'out');
  const copy = mkdtempSync(path.join(os.tmpdir(), 'pagefind-site-'));
  cpSync(out, copy, { recursive: true });
  const indexed = spawnSync('npx', ['-y', PAGEFIND, '--site', copy], { encoding: 'utf8' });
  if (indexed.status !== 0) throw new Error(`pagefind failed: ${indexed.stderr}`);

  const ours = await serve(out, 4410);
  const theirs = await serve(copy, 4411);
  const browser = await chromium.launch({ executablePath, args });
  try {
    const page = await browser.newPage();

    // Ours: everything fetched from focusing search to the first results.
    await page.goto('http://127.0.0.1:4410/');
    await page.locator('header form[data-enhanced]').waitFor();
    const ourRequests = await requestsDuring(page, async () => {
      await page.getByRole('combobox', { name: 'Search the insights' }).fill(QUERY);
      await page.getByRole('option').first().waitFor();
    });
    const ourFiles = ourRequests.filter((request) => request.includes('/_next/static/chunks/') || request.endsWith('.json'));
    const ourBytes = ourFiles.reduce((sum, file) => sum + wireBytes(out, file), 0);

    // Keystroke → first results on screen, once loaded: a fresh word each time.
    const box = page.getByRole('combobox', { name: 'Search the insights' });
    const latencies: number[] = [];
    for (const word of ['b', 'c', 'd', 'f', 'g', 'i', 'm', 'n', 'p', 's', 't']) {
      await box.fill('');
      latencies.push(
        await page.evaluate(
          (letter) =>
            new Promise<number>((resolve) => {
              const input = document.querySelector<HTMLInputElement>('header input[role="combobox"]');
              const list = document.getElementById(input?.getAttribute('aria-controls') ?? '');
              const start = performance.now();
              const observer = new MutationObserver(() => {
                if (list?.querySelector('[role="option"]')) {
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
    await page.goto('http://127.0.0.1:4411/icon-192.png');
    const theirRequests = await requestsDuring(page, async () => {
      await page.evaluate(async (query) => {
        const library = '/pagefind/pagefind.js';
        const pagefind = (await import(library)) as { search(query: string): Promise<{ results: { data(): Promise<unknown> }[] }> };
        const search = await pagefind.search(query);
        await Promise.all(search.results.slice(0, 5).map((result) => result.data()));
      }, QUERY);
    });
    const theirFiles = theirRequests.filter((request) => request.startsWith('/pagefind/'));
    const theirBytes = theirFiles.reduce((sum, file) => sum + wireBytes(copy, file), 0);

    const report = {
      query: QUERY,
      ours: { files: ourFiles.length, gzipBytes: ourBytes },
      pagefind: { version: PAGEFIND, files: theirFiles.length, gzipBytes: theirBytes },
      ratio: Number((ourBytes / theirBytes).toFixed(2)),
      keystrokeToResultsMs: { median: Number(median(latencies).toFixed(1)), max: Number(Math.max(...latencies).toFixed(1)), samples: latencies.length },
    };
    if (process.argv.includes('--json')) console.log(JSON.stringify(report));
    else {
      console.log(`First-query payload for "${QUERY}" (gzip on the wire):`);
      console.log(`  ours      ${ourBytes.toLocaleString('en')} bytes in ${ourFiles.length} files (${ourFiles.join(', ')})`);
      console.log(`  pagefind  ${theirBytes.toLocaleString('en')} bytes in ${theirFiles.length} files`);
      console.log(`  ratio     ${report.ratio}× of Pagefind's`);
      console.log(`Keystroke to first results, once loaded: median ${report.keystrokeToResultsMs.median} ms, max ${report.keystrokeToResultsMs.max} ms (${latencies.length} samples)`);
    }
  } finally {
    await browser.close();
    ours.kill();
    theirs.kill();
    rmSync(copy, { recursive: true, force: true });
  }
}

await main();
