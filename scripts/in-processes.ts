import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** What one process of `inProcesses` is given: its share of the jobs, and what every share needs. */
interface ProcessInput<Job, Shared> {
  jobs: Job[];
  shared: Shared;
}

/**
 * How many processes to share `jobs` among: one per core, but none started
 * for fewer than `perProcess` jobs each (starting one, with its TypeScript
 * loader, costs about a second).
 */
export const processCount = (jobs: number, perProcess: number): number => Math.min(os.availableParallelism(), Math.floor(jobs / perProcess));

/**
 * Runs `script` (a module's URL, beside its caller's) in `count` processes at once, each over one share of `jobs`:
 * for the build's CPU-bound steps, since Node runs a script on one core. The
 * script reads its share with `processInput()`; a process that fails fails the step.
 */
export async function inProcesses<Job, Shared>(script: URL, jobs: readonly Job[], count: number, shared: Shared): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'insights-jobs-'));
  try {
    await Promise.all(
      Array.from({ length: count }, (_, share) => {
        const file = path.join(dir, `${share}.json`);
        const input: ProcessInput<Job, Shared> = { jobs: jobs.filter((_, k) => k % count === share), shared };
        writeFileSync(file, JSON.stringify(input));
        // The same TypeScript loader as this process (tsx), so the child runs the same code.
        const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(script), file], { stdio: 'inherit' });
        return new Promise<void>((resolve, reject) => child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(fileURLToPath(script))} exited with ${code}`)))));
      }),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** In a process started by `inProcesses`: its share of the jobs, and the shared input. */
export const processInput = <Job, Shared>(): ProcessInput<Job, Shared> => JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as ProcessInput<Job, Shared>;
