import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load-content';
import type { Content } from '@/lib/content/types';
import { bareWord } from '@/scripts/bench-scale/markov';
import { generateTree } from '@/scripts/bench-scale/generate-tree';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const INSIGHTS = 73;
const roots: string[] = [];

function generate(insights: number): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'insights-scale-test-'));
  roots.push(root);
  generateTree({ sourceRoot: repoRoot, root, insights });
  return root;
}

/** Every file under `dir`, by relative path, with its bytes. */
function files(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const full = path.join(entry.parentPath, entry.name);
        return [path.relative(dir, full), readFileSync(full, 'latin1')];
      }),
  );
}

const words = (text: string) => text.split(/\s+/).map(bareWord).filter(Boolean);

describe('the bench:scale tree generator', () => {
  let real: Content;
  let root: string;
  let generated: Content;

  beforeAll(() => {
    real = loadContent(repoRoot);
    root = generate(INSIGHTS);
    // The real loader, on the generated root: every file must pass it.
    generated = loadContent(root);
  });
  afterAll(() => {
    for (const dir of roots) rmSync(dir, { recursive: true, force: true });
  });

  it('writes byte-identical trees for the same N', () => {
    expect(files(generate(INSIGHTS))).toEqual(files(root));
  });

  it('keeps the real speakers and adds synthetic ones, five insights each, to N in all', () => {
    const synthetic = generated.speakers.filter((speaker) => speaker.slug.startsWith('speaker-'));
    expect(generated.speakers.reduce((sum, speaker) => sum + speaker.insights.length, 0)).toBe(INSIGHTS);
    expect(generated.speakers.length - synthetic.length).toBe(real.speakers.length);
    expect(synthetic.map((speaker) => speaker.insights.length)).toEqual([5, 5, 5, 5, 1]);
    expect(synthetic.map((speaker) => [speaker.name, speaker.role])).toContainEqual(['Speaker 0001', 'Synthetic speaker']);
  });

  it('adds nothing below the real count', () => {
    const small = loadContent(generate(10));
    expect(small.speakers.map((speaker) => speaker.slug)).toEqual(real.speakers.map((speaker) => speaker.slug));
  });

  it('writes only words of the report, 80–150 per insight, and no real speaker name', () => {
    const vocabulary = new Set(real.speakers.flatMap((speaker) => speaker.insights.flatMap((insight) => words(insight.text))));
    const names = new Set(real.speakers.flatMap((speaker) => words(speaker.name)));
    const insights = generated.speakers.filter((speaker) => speaker.slug.startsWith('speaker-')).flatMap((speaker) => speaker.insights);
    for (const insight of insights) {
      const body = words(insight.text);
      expect(body.length).toBeGreaterThanOrEqual(80);
      expect(body.length).toBeLessThanOrEqual(150);
      for (const word of [...body, ...words(insight.title)]) {
        expect(vocabulary).toContain(word);
        expect(names).not.toContain(word);
      }
    }
  });
});
