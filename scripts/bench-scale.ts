/**
 * `npm run bench:scale -- --insights N [--json] [--write-docs]` (issue #17):
 * how the site scales with its content. Generates a seeded synthetic tree of
 * N insights (the real content plus synthetic speakers, under the system's
 * temp folder, never in content/), builds it with scripts/build.ts, and
 * measures build time, peak memory, the site's size, and search in Chromium
 * against Pagefind 1.6.0. A failed build fails the bench with its error.
 *
 * The tree and its card cache stay in <tmp>/insights-scale-<N>/ (the next run
 * of the same N re-renders no card); the built site is removed.
 * --write-docs updates N's row and section of docs/scale.md; --from-json FILE
 * reports (and writes) a saved --json result instead of measuring again.
 */
import { readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeDocs } from './bench-scale/docs-section';
import { generateTree } from './bench-scale/generate-tree';
import { measureSearch } from './bench-scale/measure-search';
import { outStats } from './bench-scale/out-stats';
import { humanReport, jsonReport } from './bench-scale/report';
import type { ScaleResult } from './bench-scale/result';
import { runBuild } from './bench-scale/run-build';

const { values } = parseArgs({ options: { insights: { type: 'string' }, json: { type: 'boolean' }, 'write-docs': { type: 'boolean' }, 'from-json': { type: 'string' } } });
const insights = Number(values.insights);
const saved = values['from-json'];
if (!saved && (!Number.isInteger(insights) || insights < 1)) {
  console.error('Usage: npm run bench:scale -- --insights N [--json] [--write-docs] | --from-json FILE [--write-docs]');
  process.exit(2);
}

/** Generates, builds and measures N insights; the built site is removed whatever happens. */
async function measure(): Promise<ScaleResult> {
  const dir = path.join(os.tmpdir(), `insights-scale-${insights}`);
  // Named by N: build.ts stages the site in ./.<name>.building, which must not be another build's.
  const site = path.join(dir, `site-${insights}`);
  try {
    console.error(`Generating ${insights} insights in ${dir}/content …`);
    const tree = generateTree({ sourceRoot: process.cwd(), root: dir, insights });
    console.error(`Building ${tree.insights} insights (${tree.realInsights} real, ${tree.syntheticSpeakers} synthetic speakers) into ${site} …`);
    const build = await runBuild(dir, site, path.join(dir, 'card-cache'));
    const stats = outStats(site);
    console.error('Measuring search in Chromium (ours and Pagefind 1.6.0) …');
    const search = await measureSearch(site);
    return { insights: tree.insights, realInsights: tree.realInsights, syntheticSpeakers: tree.syntheticSpeakers, ...stats, ...build, ...search };
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
}

try {
  const result = saved ? (JSON.parse(readFileSync(saved, 'utf8')) as ScaleResult) : await measure();
  console.log(values.json ? jsonReport(result) : humanReport(result));
  if (values['write-docs']) writeDocs(path.resolve('docs/scale.md'), result);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
