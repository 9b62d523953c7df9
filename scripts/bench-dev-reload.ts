import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * `npm run bench:dev`: how long an author waits under `npm run dev` between
 * saving a file and the reloaded page showing it. Starts the dev server over a
 * copy of content/, warms the page, then edits a heading RUNS times and times
 * each reload (one request, as a browser reload makes). Prints the median.
 */
const RUNS = Number(process.env.RUNS ?? 7);
const port = Number(process.env.PORT ?? 3190);
const origin = `http://127.0.0.1:${port}`;
const page = `${origin}/speakers/kim-ogg/`;
const root = mkdtempSync(path.join(os.tmpdir(), 'insights-bench-dev-'));
cpSync('content', path.join(root, 'content'), { recursive: true });
const file = path.join(root, 'content', 'speakers', 'kim-ogg.md');
const original = readFileSync(file, 'utf8');

const server = spawn('npm', ['run', 'dev'], { env: { ...process.env, PORT: String(port), INSIGHTS_CONTENT_ROOT: root }, detached: true, stdio: 'ignore' });
const stop = () => {
  if (server.pid) process.kill(-server.pid, 'SIGTERM');
  rmSync(root, { recursive: true, force: true });
};

async function get(url: string): Promise<string> {
  for (;;) {
    try {
      return await (await fetch(url)).text();
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

try {
  await get(page);
  await get(page);
  const times: number[] = [];
  for (let run = 1; run <= RUNS; run++) {
    const heading = `Bench edit ${run}`;
    writeFileSync(file, original.replace('## Human trafficking stash houses', `## ${heading}: human trafficking stash houses`));
    const started = performance.now();
    const html = await get(page);
    times.push(performance.now() - started);
    if (!html.includes(heading)) throw new Error(`run ${run}: the reloaded page does not show the edit`);
  }
  const sorted = [...times].sort((a, b) => a - b);
  console.log(`dev reload after an edit (${RUNS} runs): median ${sorted[Math.floor(RUNS / 2)]?.toFixed(0)} ms, min ${sorted[0]?.toFixed(0)} ms, max ${sorted.at(-1)?.toFixed(0)} ms`);
} finally {
  stop();
}
