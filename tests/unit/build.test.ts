import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureRoot } from './fixture';

const scripts = path.resolve(import.meta.dirname, '../../scripts');
const tsx = path.resolve(import.meta.dirname, '../../node_modules/.bin/tsx');

/** A content tree with a last good site in out/. */
function siteWithGoodOut(caseName?: string): string {
  const root = fixtureRoot(caseName);
  mkdirSync(path.join(root, 'out'));
  writeFileSync(path.join(root, 'out', 'index.html'), 'the last good site');
  return root;
}

const run = (root: string, script: string, env: Record<string, string> = {}) =>
  spawnSync(tsx, [path.join(scripts, script)], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } });

/** The folder holds the last good site and no staging or leftover folder. */
function expectOutUntouched(root: string): void {
  expect(readFileSync(path.join(root, 'out', 'index.html'), 'utf8')).toBe('the last good site');
  expect(readdirSync(root).filter((name) => /\.(building|previous)$/.test(name))).toEqual([]);
}

describe('npm run build, failing', () => {
  it('on bad content: exits 1, prints every error with a count, and leaves the last good out/ as it was', () => {
    const root = siteWithGoodOut('several-files');
    const build = run(root, 'build.ts');
    expect(build.status).toBe(1);
    expect(build.stderr).toContain('content/speakers/bo-li.md:5:10 summary: expected a non-empty string, got number 42');
    expect(build.stderr).toContain('content/themes/trade.md:3:8 order: expected a whole number from 1, got "first"');
    expect(build.stderr).toContain('2 errors in 2 files');
    expect(build.stderr).toContain('The build stopped; out/ was left as it was.');
    expectOutUntouched(root);
  });

  it('when next build fails: exits with its status and leaves the last good out/ as it was', () => {
    const root = siteWithGoodOut('figures-valid');
    // A stand-in for `npx next build` that writes part of an export, then fails.
    const bin = path.join(root, 'fake-bin');
    mkdirSync(bin);
    writeFileSync(path.join(bin, 'npx'), '#!/bin/sh\nmkdir -p "$INSIGHTS_EXPORT_DIR" && echo half > "$INSIGHTS_EXPORT_DIR/index.html"\nexit 3\n');
    chmodSync(path.join(bin, 'npx'), 0o755);
    const build = run(root, 'build.ts', { PATH: `${bin}:${process.env.PATH}` });
    expect(build.status).toBe(3);
    expect(build.stderr).toContain('next build failed.');
    expectOutUntouched(root);
  });

  it('rejects an origin with a path, before building anything', () => {
    const root = siteWithGoodOut('figures-valid');
    const build = run(root, 'build.ts', { SITE_URL: 'https://example.org/insights/' });
    expect(build.status).not.toBe(0);
    expect(build.stderr).toContain('SITE_URL: expected an origin such as https://insights.example.org (http or https, no path), got "https://example.org/insights/"');
    expectOutUntouched(root);
  });
});

describe('npm run check', () => {
  it('passes valid content with a one-line summary', () => {
    const check = run(fixtureRoot('figures-valid'), 'check.ts');
    expect(check.status).toBe(0);
    expect(check.stdout).toMatch(/^Content OK \(content\/\): 2 speakers, \d+ insights, 1 themes, 1 events, \d+ topics, \d+ figures, 0 of \d+ insights in Spanish; checked in [\d.]+ s\.\n$/);
  });

  it('fails on bad content with the build’s own messages', () => {
    const check = run(fixtureRoot('impossible-date'), 'check.ts');
    expect(check.status).toBe(1);
    expect(check.stderr).toContain('content/speakers/ana-perez.md:5:7 date: expected an ISO date (YYYY-MM-DD) or "unstated", got "2024-02-30"');
    expect(check.stderr).toContain('2 errors in 2 files');
  });
});
