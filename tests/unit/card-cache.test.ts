import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cardCache } from '@/lib/site-outputs/card-cache';
import { fixtureRoot } from './fixture';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'card-cache-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A stand-in renderer that counts its calls and draws the card's words as bytes. */
const renderer = () => {
  const calls: unknown[] = [];
  const render = (card: unknown) => () => {
    calls.push(card);
    return Promise.resolve(new TextEncoder().encode(JSON.stringify(card)));
  };
  return { calls, render };
};

describe('cardCache', () => {
  const cards = [{ title: 'A' }, { title: 'B' }, { title: 'C' }];

  it('a rebuild with one changed card renders that card only', async () => {
    const dir = tempDir();
    const first = renderer();
    const build1 = cardCache(dir, 'v1');
    for (const card of cards) await build1.file(card, first.render(card));
    expect(build1.rendered).toBe(3);

    const second = renderer();
    const build2 = cardCache(dir, 'v1');
    const changed = [cards[0], { title: 'B, edited' }, cards[2]];
    const files = [];
    for (const card of changed) files.push(await build2.file(card, second.render(card)));
    expect(build2.rendered).toBe(1);
    expect(second.calls).toEqual([{ title: 'B, edited' }]);
    expect(readFileSync(files[1]!, 'utf8')).toBe('{"title":"B, edited"}');
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('a new renderer version renders every card again', async () => {
    const dir = tempDir();
    for (const version of ['v1', 'v2']) {
      const build = cardCache(dir, version);
      for (const card of cards) await build.file(card, renderer().render(card));
      expect(build.rendered).toBe(3);
    }
  });

  it('a failed render leaves nothing in the cache', async () => {
    const dir = tempDir();
    const build = cardCache(dir, 'v1');
    await expect(build.file({ title: 'A' }, () => Promise.reject(new Error('the renderer failed')))).rejects.toThrow('the renderer failed');
    expect(readdirSync(dir)).toEqual([]);
    expect(build.rendered).toBe(0);
  });
});

describe('the build’s card-drawing process (scripts/og-render.ts)', () => {
  const script = path.resolve(import.meta.dirname, '../../scripts/og-render.ts');
  const tsx = path.resolve(import.meta.dirname, '../../node_modules/.bin/tsx');

  it('draws every card the cache lacks and prints how many: all, then none, then the edited insight’s two (English and Spanish)', () => {
    const root = fixtureRoot('figures-valid');
    const cache = tempDir();
    const draw = () => {
      const run = spawnSync(tsx, [script, 'v1'], { cwd: root, encoding: 'utf8', env: { ...process.env, INSIGHTS_OG_CACHE: cache } });
      expect(run.status, run.stderr).toBe(0);
      return Number(run.stdout.trim());
    };
    const first = draw();
    expect(first).toBeGreaterThan(10);
    expect(readdirSync(cache)).toHaveLength(first);
    expect(draw()).toBe(0);
    const file = path.join(root, 'content/speakers/bo-li.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Li spoke after Ana Pérez.', 'Li spoke after Ana Pérez, briefly.'));
    expect(draw()).toBe(2);
  });
});
