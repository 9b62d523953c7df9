import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { baselineFile, firstLoad, kb, type Baseline } from './first-load';

/**
 * `npm run bench:bare`: builds bench/bare-next (a minimal App Router page,
 * same next/react as the site, from this repository's node_modules) and
 * writes its first-load JS, the baseline of the site's byte budget, to
 * bench/bare-next/first-load-js.json (committed).
 *
 * `--if-missing` only builds when bench/bare-next/out/ is absent (used by
 * scripts/audit.ts); the baseline is written either way.
 */
const project = path.resolve(import.meta.dirname, '..');
export const bareDir = path.join(project, 'bench/bare-next');
export const bareOut = path.join(bareDir, 'out');

export function buildBare(): void {
  const next = path.join(project, 'node_modules/next/dist/bin/next');
  const result = spawnSync(process.execPath, [next, 'build', bareDir], {
    cwd: project,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error(`next build ${path.relative(project, bareDir)} failed (${result.status ?? result.signal})`);
}

export function writeBaseline(): Baseline {
  const html = readFileSync(path.join(bareOut, 'index.html'), 'utf8');
  const { gzipBytes } = firstLoad(bareOut, html);
  const nextVersion = (JSON.parse(readFileSync(path.join(project, 'node_modules/next/package.json'), 'utf8')) as { version: string }).version;
  const baseline: Baseline = { nextVersion, pages: { '/': gzipBytes }, gzipBytes };
  writeFileSync(baselineFile, `${JSON.stringify(baseline, null, 2)}\n`);
  return baseline;
}

function exists(file: string): boolean {
  try {
    readFileSync(file);
    return true;
  } catch {
    return false;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  const ifMissing = process.argv.includes('--if-missing');
  if (!ifMissing || !exists(path.join(bareOut, 'index.html'))) buildBare();
  const baseline = writeBaseline();
  console.log(`Bare Next.js ${baseline.nextVersion} page: ${baseline.gzipBytes} B (${kb(baseline.gzipBytes)} KB) first-load JS gzip → ${path.relative(project, baselineFile)}`);
}
