import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { dictionary } from '../lib/i18n/dictionary';
import { localizePath, type Lang } from '../lib/i18n/locales';

/**
 * Search as a person meets it, in the system Chromium against a built site:
 * the helpers that `bench:search:browser` and `bench:scale` share.
 */
export const PAGEFIND = 'pagefind@1.6.0';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
  });
}

export interface Server {
  origin: string;
  stop(): void;
}

/** scripts/serve.ts on `dir`, resolved once it is listening. */
export function serve(dir: string, port: number): Promise<Server> {
  // Its own process group, so that stop() ends npx, tsx and node together.
  const child = spawn('npx', ['tsx', 'scripts/serve.ts', dir], { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'], detached: true });
  const stop = () => {
    if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
  };
  return new Promise((resolve, reject) => {
    child.stdout?.once('data', () => resolve({ origin: `http://127.0.0.1:${port}`, stop }));
    // A busy port ends the server before it announces itself: say so rather than wait forever.
    child.once('exit', (code) => reject(new Error(`serve.ts ${dir} on port ${port} exited (${code}) before serving; is the port in use?`)));
  });
}

/** A copy of `out` indexed by Pagefind; `remove` deletes it. */
export function pagefindCopy(out: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pagefind-site-'));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  cpSync(out, dir, { recursive: true });
  const indexed = spawnSync('npx', ['-y', PAGEFIND, '--site', dir], { encoding: 'utf8' });
  if (indexed.status !== 0) {
    remove();
    throw new Error(`pagefind failed: ${indexed.stderr}`);
  }
  return { dir, remove };
}

/** Bytes on the wire for a file a static host serves compressed: gzip, unless it is compressed already. */
export function wireBytes(dir: string, urlPath: string): number {
  const body = readFileSync(path.join(dir, decodeURIComponent(urlPath)));
  const compressed = body[0] === 0x1f && body[1] === 0x8b;
  return compressed || /\.(png|wasm\.gz)$/.test(urlPath) ? body.length : gzipSync(body).length;
}

/** Paths the page requests while `action` runs, until the network is idle. */
export async function requestsDuring(page: Page, action: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const listener = (request: { url(): string }) => seen.push(new URL(request.url()).pathname);
  page.on('request', listener);
  await action();
  await page.waitForLoadState('networkidle');
  page.off('request', listener);
  return seen;
}

export const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

export interface FirstQuery {
  files: number;
  gzipBytes: number;
  paths: string[];
}

const isFile = (dir: string, urlPath: string) => {
  try {
    return statSync(path.join(dir, decodeURIComponent(urlPath))).isFile();
  } catch {
    return false;
  }
};

/**
 * Ours, on a page of `origin` already loaded: everything fetched from typing
 * `query` into the header box to the first results and the network going
 * idle, whatever the files are called (the index's layout may change), as
 * gzip bytes of the files in `out`. Returns with the box holding `query`.
 */
export async function ourFirstQuery(page: Page, lang: Lang, query: string, out: string): Promise<FirstQuery> {
  const box = page.getByRole('combobox', { name: dictionary(lang).search.label });
  const requested = await requestsDuring(page, async () => {
    await box.fill(query);
    await page.getByRole('option').first().waitFor();
  });
  const paths = requested.filter((urlPath) => isFile(out, urlPath));
  return { files: paths.length, gzipBytes: paths.reduce((sum, file) => sum + wireBytes(out, file), 0), paths };
}

/** Opens `lang`'s home page on `origin` with the search box ready and the page's own loading done. */
export async function openHome(page: Page, origin: string, lang: Lang): Promise<void> {
  await page.goto(`${origin}${localizePath('/', lang)}`);
  await page.locator('header form[data-enhanced]').waitFor();
  await page.waitForLoadState('networkidle');
}

/** Prefixes with results in each edition (no stop words), for the keystroke timings. */
const PREFIXES: Record<Lang, string[]> = {
  en: ['bor', 'cus', 'mex', 'tra', 'inv', 'pen', 'gov', 'eco', 'sec', 'tar', 'mig'],
  es: ['fro', 'adu', 'mex', 'tra', 'inv', 'pen', 'gob', 'eco', 'seg', 'ara', 'mig'],
};

/**
 * Keystroke → first results on screen, once search is loaded and each
 * prefix's shards are cached (each is typed once first): a fresh prefix each
 * time, so no answer is the one already shown.
 */
export async function keystrokeLatencies(page: Page, lang: Lang): Promise<number[]> {
  const box = page.locator('header input[role="combobox"]');
  const prefixes = PREFIXES[lang];
  for (const prefix of prefixes) {
    await box.fill(prefix);
    await page.waitForLoadState('networkidle');
  }
  const latencies: number[] = [];
  for (const prefix of prefixes) {
    await box.fill('');
    latencies.push(
      await page.evaluate(
        (text) =>
          new Promise<number>((resolve, reject) => {
            setTimeout(() => reject(new Error(`no results for ${text} within 10 s`)), 10_000);
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
            Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, text);
            input?.dispatchEvent(new Event('input', { bubbles: true }));
          }),
        prefix,
      ),
    );
  }
  return latencies;
}

/**
 * Pagefind's first query in a fresh context: its library, wasm, metadata,
 * index chunks and the first five results' fragments, as gzip bytes.
 * Run from a non-HTML URL of the copy: our pages' CSP would (rightly) block
 * Pagefind's WebAssembly. Pagefind picks its index by <html lang>, which that
 * document lacks: set it as a page in the language has it.
 */
export async function pagefindFirstQuery(browser: Browser, origin: string, copy: string, lang: Lang, query: string): Promise<FirstQuery> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/icon-192.png`);
    const requested = await requestsDuring(page, async () => {
      await page.evaluate(
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
    const paths = requested.filter((urlPath) => urlPath.startsWith('/pagefind/'));
    return { files: paths.length, gzipBytes: paths.reduce((sum, file) => sum + wireBytes(copy, file), 0), paths };
  } finally {
    await context.close();
  }
}
