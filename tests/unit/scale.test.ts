import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getAllInsights, getAllTopics, getAllThemes, getInsightsByTheme, getInsightsByTopic, type Insight } from '@/lib/content';
import { FEED_LIMIT, feedInsights } from '@/lib/site-outputs/feed';
import { isRscPayload } from '@/lib/site-outputs/rsc-payloads.cjs';

describe('content look-ups', () => {
  it.each(['en', 'es'] as const)('by topic and by theme, in %s, are the report-order filters they replace', (lang) => {
    const all = getAllInsights(lang);
    for (const topic of getAllTopics(lang)) expect(getInsightsByTopic(topic.id, lang)).toEqual(all.filter((insight) => insight.topics.includes(topic.id)));
    for (const theme of getAllThemes(lang)) expect(getInsightsByTheme(theme.slug, lang)).toEqual(all.filter((insight) => insight.theme === theme.slug));
  });

  it('hand out copies: a caller sorting its list changes no one else’s', () => {
    const first = getAllInsights()[0];
    const firstOnTariffs = getInsightsByTopic('tariffs')[0];
    getAllInsights().reverse();
    getInsightsByTopic('tariffs').reverse();
    expect(getAllInsights()[0]).toBe(first);
    expect(getInsightsByTopic('tariffs')[0]).toBe(firstOnTariffs);
  });
});

describe('the content snapshot the build hands its page workers', () => {
  afterEach(() => {
    delete process.env.INSIGHTS_CONTENT_SNAPSHOT;
    vi.resetModules();
  });

  it('is read instead of loading content again, for the same content root only', async () => {
    const file = mkdtempSync(path.join(os.tmpdir(), 'insights-snapshot-'));
    const writer = await import('@/lib/content/content-version');
    const load = vi.fn(() => new Map([['kim-ogg', new Set(['rule-of-law'])]]));
    writer.perContentVersion('test-memo', load, () => '/content-root');
    writer.perContentVersion('unread-memo', () => 'not read by this process', () => '/content-root');
    writer.writeContentSnapshot(file, '/content-root');
    expect(load).toHaveBeenCalledTimes(1);
    // One file per memo: a process reads only those it uses.
    expect(readdirSync(file)).toEqual(expect.arrayContaining(['index.json', 'test-memo.bin', 'unread-memo.bin']));

    vi.resetModules();
    process.env.INSIGHTS_CONTENT_SNAPSHOT = file;
    const reader = await import('@/lib/content/content-version');
    const again = vi.fn(() => new Map());
    // Maps and Sets survive the trip.
    expect(reader.perContentVersion('test-memo', again, () => '/content-root')()).toEqual(new Map([['kim-ogg', new Set(['rule-of-law'])]]));
    expect(again).not.toHaveBeenCalled();
    // Another content tree (INSIGHTS_CONTENT_ROOT) is loaded from its files.
    const other = vi.fn(() => new Map());
    reader.perContentVersion('other-memo', other, () => '/another-root')();
    expect(other).toHaveBeenCalledTimes(1);
  });
});

describe('the feed', () => {
  const insight = (id: string): Insight => ({ id }) as Insight;
  const archive = Array.from({ length: FEED_LIMIT + 50 }, (_, k) => insight(`i${k}`));
  const published = (dates: Record<string, string>) => (entry: Insight) => dates[entry.id];

  it.each([
    ['a small archive: every insight, in report order', archive.slice(0, 3), {}, ['i0', 'i1', 'i2']],
    ['a large archive without dates: the first FEED_LIMIT', archive, {}, archive.slice(0, FEED_LIMIT).map(({ id }) => id)],
  ])('%s', (_, insights, dates, expected) => {
    expect(feedInsights(insights, published(dates)).map(({ id }) => id)).toEqual(expected);
  });

  it('a large archive: the newest files’ insights, listed in report order', () => {
    const dates = { i149: '2026-11-30', i3: '2026-11-29' };
    const chosen = feedInsights(archive, published(dates)).map(({ id }) => id);
    expect(chosen).toHaveLength(FEED_LIMIT);
    expect(chosen.slice(0, 2)).toEqual(['i0', 'i1']);
    expect(chosen).toContain('i149');
    expect(chosen.indexOf('i3')).toBeLessThan(chosen.indexOf('i149'));
  });
});

describe('RSC payloads', () => {
  it.each([
    ['index.txt', true],
    ['__next._tree.txt', true],
    ['__next.!KGVuKQ.speakers.__PAGE__.txt', true],
    ['llms.txt', false],
    ['llms-full.txt', false],
    ['robots.txt', false],
    ['index.html', false],
    ['citation.ris', false],
  ])('%s is one: %s', (name, expected) => {
    expect(isRscPayload(name)).toBe(expected);
  });
  it('are not copied into the export folder when skip-payload-copies.cjs is preloaded; anything else is', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'insights-payloads-'));
    mkdirSync(path.join(dir, 'source'));
    const names = ['index.txt', '__next._tree.txt', 'index.html', 'llms.txt'];
    for (const name of names) writeFileSync(path.join(dir, 'source', name), name);
    // As Next's export copies: fs.promises.copyFile, into the export folder and, for contrast, elsewhere.
    const copy = `const fs = require('node:fs'); Promise.all(${JSON.stringify(names)}.flatMap((name) => ['export', 'elsewhere'].map((to) => fs.promises.mkdir(to, { recursive: true }).then(() => fs.promises.copyFile('source/' + name, to + '/' + name))))).catch((error) => { console.error(error); process.exit(1); });`;
    const preload = path.resolve(import.meta.dirname, '../../scripts/skip-payload-copies.cjs');
    const run = spawnSync(process.execPath, ['--require', preload, '-e', copy], { cwd: dir, env: { ...process.env, INSIGHTS_EXPORT_DIR: 'export' }, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(readdirSync(path.join(dir, 'export')).sort()).toEqual(['index.html', 'llms.txt']);
    expect(readdirSync(path.join(dir, 'elsewhere')).sort()).toEqual([...names].sort());
  });
});
