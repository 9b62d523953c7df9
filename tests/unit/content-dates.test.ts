import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFileDates } from '@/lib/content/content-dates';

function commit(root: string, file: string, text: string, date: string): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
  const env = { ...process.env, GIT_AUTHOR_DATE: `${date}T12:00:00Z`, GIT_COMMITTER_DATE: `${date}T12:00:00Z` };
  execFileSync('git', ['add', '-A'], { cwd: root, env });
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qm', file], { cwd: root, env });
}

describe('readFileDates', () => {
  it('gives each committed content file its first and last commit date', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'insights-dates-'));
    execFileSync('git', ['init', '-q'], { cwd: root });
    commit(root, 'content/speakers/a.md', 'one', '2025-01-02');
    commit(root, 'content/speakers/b.md', 'two', '2025-03-04');
    commit(root, 'content/speakers/a.md', 'one, edited', '2025-05-06');
    commit(root, 'README.md', 'not content', '2025-07-08');
    writeFileSync(path.join(root, 'content/speakers/c.md'), 'never committed');
    expect(readFileDates(root)).toEqual(
      new Map([
        ['content/speakers/a.md', { published: '2025-01-02', modified: '2025-05-06' }],
        ['content/speakers/b.md', { published: '2025-03-04', modified: '2025-03-04' }],
      ]),
    );
  });

  it('is empty outside a git checkout', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'insights-dates-'));
    mkdirSync(path.join(root, 'content'));
    expect(readFileDates(root).size).toBe(0);
  });
});
