import { spawnSync } from 'node:child_process';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ContentError } from '../lib/content-error';
import { withCsp } from '../lib/csp';
import { contentRoot } from '../lib/content';
import { getAllFigures } from '../lib/figures';
import { loadContent } from '../lib/load-content';
import { writeHeadersFile } from '../lib/site-outputs/headers-file';
import { htmlFiles } from './html-files';
import { writeOgImages } from './og-images';

/**
 * The production build, all or nothing: content is validated first (every
 * error at once), then Next.js exports the site to out/ and each page gets
 * its CSP. Any failure leaves no out/ behind, so a broken site can never be
 * served or deployed. INSIGHTS_OUT_DIR moves the finished site elsewhere
 * (the hostile-content fixture site), keeping out/ for the real one.
 */
const root = contentRoot();
const out = path.join(process.cwd(), 'out');
const target = path.resolve(process.env.INSIGHTS_OUT_DIR ?? out);

function fail(message: string, code = 1): never {
  rmSync(out, { recursive: true, force: true });
  rmSync(target, { recursive: true, force: true });
  console.error(message);
  process.exit(code);
}

rmSync(out, { recursive: true, force: true });
rmSync(target, { recursive: true, force: true });
try {
  loadContent(root);
  getAllFigures();
} catch (error) {
  if (error instanceof ContentError) fail(`\n${error.message}\n\nThe build stopped before writing out/.`);
  throw error;
}

const next = spawnSync('npx', ['next', 'build'], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
if (next.status !== 0) fail('next build failed; out/ removed.', next.status ?? 1);

try {
  // Every page gets its own link-preview image…
  const images = await writeOgImages(out);
  // …and its own policy: the hashes of exactly its inline scripts.
  const pages = htmlFiles(out);
  for (const file of pages) writeFileSync(file, withCsp(readFileSync(file, 'utf8')));
  // …and the host gets the headers a page cannot carry (_headers).
  writeHeadersFile(out);
  console.log(`Post-build: ${images} Open Graph images, a CSP on ${pages.length} pages.`);
} catch (error) {
  fail(`Post-build step failed: ${error instanceof Error ? error.stack : String(error)}`);
}
if (target !== out) renameSync(out, target);
