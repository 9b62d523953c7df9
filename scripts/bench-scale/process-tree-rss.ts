import { readdirSync, readFileSync } from 'node:fs';

/** The ids of `root` and every process descended from it, from /proc (Linux). */
function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // Field 4 of /proc/<pid>/stat is the parent id; the command name before it may hold spaces, so split after its ')'.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      (children.get(parent) ?? children.set(parent, []).get(parent))?.push(Number(name));
    } catch {
      // The process ended while we looked.
    }
  }
  const found = [root];
  for (let index = 0; index < found.length; index += 1) found.push(...(children.get(found[index] ?? -1) ?? []));
  return found;
}

/** A process's resident memory in kB (VmRSS, from the kernel's counters: cheap to read at any rate). */
const rssKb = (pid: number): number => procField(`/proc/${pid}/status`, 'VmRSS');

/** A process's share, in kB, of the pages it holds, each shared page split among its sharers (PSS). */
const pssKb = (pid: number): number => procField(`/proc/${pid}/smaps_rollup`, 'Pss');

/** A "Name:   123 kB" line of a /proc file; 0 once the process has ended. */
function procField(file: string, name: string): number {
  try {
    return Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(readFileSync(file, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/**
 * Samples the summed resident memory of a process tree every `intervalMs`;
 * `stop()` returns the peaks in MB. Summed RSS counts each page that
 * processes share (Node's own code, libraries) once per process: an upper
 * bound. Summed PSS counts a shared page once, split among its sharers:
 * what the tree really holds. PSS is read every `pssEvery` samples only:
 * the kernel walks every page table of a process to report it, and at every
 * 200 ms sample that took a third of a core from the build being measured.
 */
export function sampleTreeRss(root: number, intervalMs = 200, pssEvery = 10): { stop(): { rssMb: number; pssMb: number } } {
  const peak = { rss: 0, pss: 0 };
  let samples = 0;
  const sum = (pids: number[], read: (pid: number) => number) => pids.reduce((total, pid) => total + read(pid), 0);
  const sample = () => {
    const pids = descendants(root);
    peak.rss = Math.max(peak.rss, sum(pids, rssKb));
    if (samples % pssEvery === 0) peak.pss = Math.max(peak.pss, sum(pids, pssKb));
    samples += 1;
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return { rssMb: Math.round(peak.rss / 1024), pssMb: Math.round(peak.pss / 1024) };
    },
  };
}
