import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SNAPSHOT_ENV } from '../lib/content/content-version';
import { INDEXABLE, SITE_URL } from '../lib/site';
import { LANGS } from '../lib/i18n/locales';
import { siteSearchFiles } from '../lib/search/build-payload';
import { builtCss, fontPreloadUrls } from '../lib/site-outputs/font-preloads';
import { writeCitationFiles } from '../lib/site-outputs/citation-files';
import { writeHeadersFile } from '../lib/site-outputs/headers-file';
import { placeNotFoundPages } from '../lib/site-outputs/not-found-pages';
import { isRscPayload } from '../lib/site-outputs/rsc-payloads.cjs';
import { writeOpenData } from '../lib/site-outputs/open-data';
import { finishPages, unfinishedFiles } from './finish-pages';
import { startDrawingCards, writeOgImages } from './og-images';

/**
 * The production build, all or nothing. Content is validated first (every
 * error at once); Next.js then exports the site into a staging folder beside
 * the target, each page gets its CSP, and only a complete site replaces the
 * target. A failure at any step leaves the last good out/ exactly as it was.
 * INSIGHTS_OUT_DIR builds elsewhere (the hostile-content fixture site).
 */
const target = path.resolve(process.env.INSIGHTS_OUT_DIR ?? 'out');
const name = path.basename(target).replace(/^\./, '');
// Next exports only inside the project; the old site is parked beside the target.
const staging = path.resolve(`.${name}.building`);
const previous = path.join(path.dirname(target), `.${name}.previous`);

/** Each step's wall time, printed as one "Build timings:" line (npm run bench:scale reads it). */
const timings: string[] = [];
async function timed<T>(step: string, run: () => T | Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await run();
  timings.push(`${step} ${Math.round(performance.now() - start)} ms`);
  return result;
}

function fail(message: string, code = 1): never {
  rmSync(staging, { recursive: true, force: true });
  console.error(`${message}\n\nThe build stopped; ${path.relative(process.cwd(), target)}/ was left as it was.`);
  process.exit(code);
}

// Content is loaded, checked and rendered once, in a process of its own; Next's page workers and the steps
// below read its snapshot, so its memory is given back before next build starts.
const snapshot = mkdtempSync(path.join(os.tmpdir(), 'insights-content-'));
process.on('exit', () => rmSync(snapshot, { recursive: true, force: true }));
const content = spawnSync(process.execPath, [...process.execArgv, path.join(import.meta.dirname, 'content-snapshot.ts'), snapshot], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
if (content.status !== 0) fail('', content.status ?? 1);
// Its last line is its report; anything the content code printed before it is passed on.
const lines = content.stdout.trimEnd().split('\n');
if (lines.length > 1) console.log(lines.slice(0, -1).join('\n'));
const { summary, validateMs, snapshotMs } = JSON.parse(lines.at(-1)!) as { summary: string; validateMs: number; snapshotMs: number };
timings.push(`validate ${validateMs} ms`, `content snapshot ${snapshotMs} ms`);
process.env[SNAPSHOT_ENV] = snapshot;
// New link-preview cards are drawn beside next build, on the cores it leaves idle; they are placed at the end.
const drawing = startDrawingCards();

rmSync(staging, { recursive: true, force: true });
// Page workers make garbage fast: a young generation twice V8's default (--max-semi-space-size, in MB) spends less
// of their time collecting it (page generation at 1,000 insights: 41–49 s against 61–63 s, with prefetchInlining off).
// And Next's export does not copy the RSC payloads nothing reads (skip-payload-copies.cjs).
const skipPayloadCopies = `--require ${JSON.stringify(path.join(import.meta.dirname, 'skip-payload-copies.cjs'))}`;
const nodeOptions = [process.env.NODE_OPTIONS, '--max-semi-space-size=32', skipPayloadCopies].filter(Boolean).join(' ');
// With output: 'export', Next writes the export to a custom distDir (next.config.ts reads this).
const next = await timed('next build', () => spawnSync('npx', ['next', 'build'], {
  stdio: 'inherit',
  env: { ...process.env, NODE_OPTIONS: nodeOptions, NEXT_TELEMETRY_DISABLED: '1', INSIGHTS_EXPORT_DIR: path.relative(process.cwd(), staging) },
}));
if (next.status !== 0) fail('next build failed.', next.status ?? 1);

try {
  // The Spanish 404 page goes where hosts serve it from…
  await timed('placeNotFoundPages', () => placeNotFoundPages(staging));
  // …each speaker and insight page gets its citation downloads (.bib, .ris, CSL-JSON)…
  const citationFiles = await timed('writeCitationFiles', () => writeCitationFiles(staging));
  // …preloads for the fonts its first paint needs, and its own policy: the hashes of exactly its inline scripts;
  // and nothing that nobody reads: any RSC payload Next copied after all (they serve client navigation, never done here).
  const fonts = fontPreloadUrls(builtCss(staging));
  const files = await timed('finding pages and payloads', () => unfinishedFiles(staging));
  await timed('finishing pages and payloads', () => finishPages(files, fonts));
  const payloads = files.filter((file) => isRscPayload(path.basename(file))).length;
  // …and the host gets the headers a page cannot carry (_headers).
  await timed('writeHeadersFile', () => writeHeadersFile(staging));
  // …and the open data: /data/, /llms.txt, /llms-full.txt and every page's Markdown twin (index.md)…
  const openData = await timed('writeOpenData', () => writeOpenData(staging));
  // …and every page its own link-preview image (drawn since before next build: this waits for any left to draw).
  const images = await timed('writeOgImages', () => writeOgImages(staging, drawing));
  const searchFiles = LANGS.map((lang) => siteSearchFiles(lang).files.size + 1).join(' + ');
  console.log(`Post-build: ${images.written} Open Graph images (${images.rendered} rendered, ${images.written - images.rendered} unchanged from the last build), ${fonts.length} font preloads and a CSP on ${files.length - payloads} pages, ${citationFiles} citation files, ${openData.data} data files, ${openData.llms} llms files and ${openData.twins} Markdown twins, ${searchFiles} search files (manifest, shards, fragments); ${payloads > 0 ? `${payloads} unread RSC payloads removed` : 'no RSC payloads'}.`);
} catch (error) {
  fail(`Post-build step failed: ${error instanceof Error ? error.stack : String(error)}`);
}

// The swap: two renames, so the target is never a half-written site.
rmSync(previous, { recursive: true, force: true });
try {
  renameSync(target, previous);
} catch (error) {
  if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
}
try {
  renameSync(staging, target);
} catch (error) {
  // A target on another file system (INSIGHTS_OUT_DIR=/tmp/…): copy, then clean up.
  if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
  cpSync(staging, target, { recursive: true });
  rmSync(staging, { recursive: true, force: true });
}
rmSync(previous, { recursive: true, force: true });

const where = path.relative(process.cwd(), target);
console.log(`Built ${where}/ from ${summary}.`);
console.log(`Build timings: ${timings.join(', ')}.`);
console.log(
  INDEXABLE
    ? `Built for ${SITE_URL}: indexable by search engines.`
    : `Built for ${SITE_URL}, a loopback origin: a local preview, not indexable (robots.txt Disallow: /, noindex on every page). Set SITE_URL=https://… (or ORIGIN in lib/site.ts) to deploy.`,
);
