import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { sampleTreeRss } from './process-tree-rss';

export interface BuildMeasurement {
  buildMs: number;
  /** The process tree's peak memory, summed over its processes: RSS (an upper bound) and PSS (shared pages counted once; absent from runs before it was measured). */
  peakRssMb: number;
  peakPssMb?: number;
  /** Each step as build.ts times it ("Build timings:"): validate, next build, the post-build steps. */
  stepsMs: Record<string, number>;
  /** Quote cards rendered this build, and copied unchanged from the card cache. */
  cards: { rendered: number; reused: number };
}

/** The build's own lines about its steps and its cards. */
export function parseBuildOutput(output: string): Pick<BuildMeasurement, 'stepsMs' | 'cards'> {
  const timings = /^Build timings: (.*)\.$/m.exec(output)?.[1];
  if (!timings) throw new Error('the build printed no "Build timings:" line');
  const stepsMs = Object.fromEntries(timings.split(', ').map((entry) => {
    const [, step, ms] = /^([^,]*) (\d+) ms$/.exec(entry) ?? [];
    if (!step || !ms) throw new Error(`the build's timings hold an entry that is not "<step> <n> ms": ${JSON.stringify(entry)}`);
    return [step, Number(ms)];
  }));
  const cards = /(\d+) Open Graph images \((\d+) rendered/.exec(output);
  if (!cards) throw new Error('the build printed no "Post-build:" line');
  const [, written = '0', rendered = '0'] = cards;
  return { stepsMs, cards: { rendered: Number(rendered), reused: Number(written) - Number(rendered) } };
}

/**
 * Runs scripts/build.ts on `contentRoot` into `outDir` as a child process,
 * timing it and sampling its process tree's memory. Its output goes to our
 * stderr (stdout may be the JSON report); a failed build throws with its output.
 */
export async function runBuild(contentRoot: string, outDir: string, cardCache: string): Promise<BuildMeasurement> {
  // Each build starts as in a fresh clone, without the .next the last one left (8.3 GB in 385,316 files at 10,000
  // insights, Next's own copy of the export), which next build would first delete: a row measures its build alone.
  rmSync('.next', { recursive: true, force: true });
  const start = performance.now();
  const child = spawn('npx', ['tsx', 'scripts/build.ts'], {
    env: { ...process.env, INSIGHTS_CONTENT_ROOT: contentRoot, INSIGHTS_OUT_DIR: outDir, INSIGHTS_OG_CACHE: cardCache },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const rss = sampleTreeRss(child.pid ?? process.pid);
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    process.stderr.write(chunk);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  const buildMs = Math.round(performance.now() - start);
  const { rssMb: peakRssMb, pssMb: peakPssMb } = rss.stop();
  if (code !== 0) throw new Error(`The build failed (exit ${code}):\n${output.trim().split('\n').slice(-30).join('\n')}`);
  return { buildMs, peakRssMb, peakPssMb, ...parseBuildOutput(output) };
}
