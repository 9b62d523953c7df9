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

function rssKb(pid: number): number {
  try {
    return Number(/^VmRSS:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/**
 * Samples the summed resident memory of a process tree every `intervalMs`;
 * `stop()` returns the peak in MB. Summing RSS counts pages shared between
 * processes more than once: an upper bound, as the machine would feel it.
 */
export function sampleTreeRss(root: number, intervalMs = 200): { stop(): number } {
  let peakKb = 0;
  const sample = () => {
    peakKb = Math.max(peakKb, descendants(root).reduce((sum, pid) => sum + rssKb(pid), 0));
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return Math.round(peakKb / 1024);
    },
  };
}
