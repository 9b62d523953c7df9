import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeDocs } from '@/scripts/bench-scale/docs-section';
import { detailLines, jsonReport, SUMMARY_HEADER, summaryRow } from '@/scripts/bench-scale/report';
import type { ScaleResult } from '@/scripts/bench-scale/result';
import { sampleTreeRss } from '@/scripts/bench-scale/process-tree-rss';
import { parseBuildOutput } from '@/scripts/bench-scale/run-build';

const result: ScaleResult = {
  insights: 1000, realInsights: 52, syntheticSpeakers: 190, pages: 2200, outBytes: 5e8, maxHtmlBytes: 200_000, maxHtmlGzipBytes: 25_000,
  maxHtmlPath: '/es/figures/', buildMs: 600_000, peakRssMb: 2000, peakPssMb: 1500, stepsMs: { validate: 3000, 'next build': 400_000 }, cards: { rendered: 10, reused: 2000 },
  search: { firstQueryBytes: 70_000, keystrokeMedianMs: 20 }, pagefind: { firstQueryBytes: 120_000 },
  queries: [{ query: 'tariffs', bytes: 70_000, files: 2, paths: ['/a.js', '/b.json'], pagefindBytes: 120_000, pagefindFiles: 11 }],
};

describe('bench:scale reporting', () => {
  it('reads the build\'s step timings and card counts from its output', () => {
    const output = 'Post-build: 338 Open Graph images (300 rendered, 38 unchanged from the last build), …\nBuild timings: validate 3025 ms, next build 257160 ms, preloads and CSP 4426 ms.\n';
    expect(parseBuildOutput(output)).toEqual({ stepsMs: { validate: 3025, 'next build': 257160, 'preloads and CSP': 4426 }, cards: { rendered: 300, reused: 38 } });
    expect(() => parseBuildOutput('Built out/.')).toThrow(/Build timings/);
    // A step named with a comma would split in two: an error, not a silent null in the report.
    expect(() => parseBuildOutput('Build timings: validate 3025 ms, preloads, CSP and payloads 4426 ms.\n')).toThrow('the build\'s timings hold an entry that is not "<step> <n> ms": "preloads"');
  });

  it('prints the brief\'s keys first in --json', () => {
    expect(Object.keys(JSON.parse(jsonReport(result)) as object).slice(0, 10)).toEqual(['insights', 'pages', 'buildMs', 'peakRssMb', 'outBytes', 'maxHtmlBytes', 'maxHtmlPath', 'search', 'pagefind', 'realInsights']);
  });

  it('rewrites only N\'s row and section, keeping the prose and other rows', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'insights-scale-docs-')), 'scale.md');
    const section = (n: number, body: string) => `<!-- bench:scale n=${n} -->\n${body}\n<!-- /bench:scale n=${n} -->`;
    const table = (...rows: string[]) => `<!-- bench:scale summary -->\n${[...SUMMARY_HEADER, ...rows].join('\n')}\n<!-- /bench:scale summary -->`;
    const row100 = '| 100 | 344 | … |';
    const row10k = '| 10,000 | not yet measured | |';
    writeFileSync(file, `Prose.\n\n${table(row100, row10k)}\n\n${section(100, 'Kept.')}\n\n${section(1000, 'Not yet measured.')}\n`);
    writeDocs(file, result);
    expect(readFileSync(file, 'utf8')).toBe(
      `Prose.\n\n${table(row100, summaryRow(result), row10k)}\n\n${section(100, 'Kept.')}\n\n${section(1000, detailLines(result).join('\n'))}\n`,
    );
  });

  it('keeps a first build and a rebuild of the same N as two rows and two sections', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'insights-scale-docs-')), 'scale.md');
    const rebuild: ScaleResult = { ...result, buildMs: 300_000, cards: { rendered: 0, reused: 2010 } };
    const markers = (name: string) => `<!-- bench:scale ${name} -->\n<!-- /bench:scale ${name} -->`;
    writeFileSync(file, `<!-- bench:scale summary -->\n${SUMMARY_HEADER.join('\n')}\n<!-- /bench:scale summary -->\n${markers('n=1000')}\n${markers('n=1000 rebuild')}\n`);
    writeDocs(file, rebuild);
    writeDocs(file, result);
    const text = readFileSync(file, 'utf8');
    expect(summaryRow(result)).toContain('| 10 of 2,010 |');
    expect(summaryRow(result)).toContain('| 2,000 MB / 1,500 MB |');
    expect(summaryRow({ ...result, peakPssMb: undefined })).toContain('| 2,000 MB / – |');
    expect(text).toContain(`${SUMMARY_HEADER.join('\n')}\n${summaryRow(result)}\n${summaryRow(rebuild)}\n`);
    expect(text).toContain(`<!-- bench:scale n=1000 rebuild -->\n${detailLines(rebuild).join('\n')}\n`);
    expect(text).toContain(`<!-- bench:scale n=1000 -->\n${detailLines(result).join('\n')}\n`);
  });

  it('samples a process tree\'s memory, shared pages counted once in PSS and once per process in RSS', async () => {
    const child = spawn(process.execPath, ['-e', 'const keep = Buffer.alloc(64 * 1024 * 1024, 1); console.log("ready"); setTimeout(() => keep, 60_000)']);
    await new Promise((resolve) => child.stdout.once('data', resolve));
    const sampler = sampleTreeRss(process.pid, 50);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const { rssMb, pssMb } = sampler.stop();
    child.kill();
    // This process and its child, which holds 64 MB of its own.
    expect(pssMb).toBeGreaterThan(64);
    expect(rssMb).toBeGreaterThan(pssMb);
  });
});
