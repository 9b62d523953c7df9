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

/** A process's resident memory in kB: all of it (RSS), and its share of pages it shares with others (PSS). */
function memoryKb(pid: number): { rss: number; pss: number } {
  const field = (text: string, name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(text)?.[1] ?? 0);
  try {
    const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    return { rss: field(rollup, 'Rss'), pss: field(rollup, 'Pss') };
  } catch {
    return { rss: 0, pss: 0 };
  }
}

/**
 * Samples the summed resident memory of a process tree every `intervalMs`;
 * `stop()` returns the peaks in MB. Summed RSS counts each page that
 * processes share (Node's own code, libraries) once per process: an upper
 * bound. Summed PSS counts a shared page once, split among its sharers:
 * what the tree really holds.
 */
export function sampleTreeRss(root: number, intervalMs = 200): { stop(): { rssMb: number; pssMb: number } } {
  let peak = { rss: 0, pss: 0 };
  const sample = () => {
    const sums = descendants(root).map(memoryKb).reduce((sum, one) => ({ rss: sum.rss + one.rss, pss: sum.pss + one.pss }), { rss: 0, pss: 0 });
    peak = { rss: Math.max(peak.rss, sums.rss), pss: Math.max(peak.pss, sums.pss) };
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
