import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureRoot } from './fixture';

const script = path.resolve(import.meta.dirname, '../../scripts/build.ts');
const tsx = path.resolve(import.meta.dirname, '../../node_modules/.bin/tsx');

describe('npm run build with bad content', () => {
  it('exits non-zero, prints every error with a count, and leaves no out/', () => {
    const root = fixtureRoot('several-files');
    mkdirSync(path.join(root, 'out'));
    writeFileSync(path.join(root, 'out', 'index.html'), 'stale');
    const run = spawnSync(tsx, [script], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('content/speakers/bo-li.md:5:10 summary: expected a non-empty string, got number 42');
    expect(run.stderr).toContain('content/themes/trade.md:3:8 order: expected a whole number from 1, got "first"');
    expect(run.stderr).toContain('2 errors in 2 files');
    expect(existsSync(path.join(root, 'out'))).toBe(false);
  });
});
