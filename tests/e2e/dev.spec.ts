import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';

/**
 * The author's loop: `npm run dev` over a copy of the real content. Edits,
 * new files and deleted files show on the next reload without a restart;
 * invalid content shows the build's located message in the browser; fixing
 * the file recovers. One dev server for the whole file, so the tests run in order.
 */
test.describe.configure({ mode: 'serial', timeout: 180_000 });

const project = path.resolve(import.meta.dirname, '../..');
let root: string;
let server: ChildProcess;
let origin: string;
let log = '';

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

const file = (name: string) => path.join(root, 'content', 'speakers', name);
const edit = (name: string, change: (text: string) => string) => writeFileSync(file(name), change(readFileSync(file(name), 'utf8')));

test.beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'insights-dev-'));
  cpSync(path.join(project, 'content'), path.join(root, 'content'), { recursive: true });
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = spawn('npm', ['run', 'dev'], {
    cwd: project,
    env: { ...process.env, PORT: String(port), INSIGHTS_CONTENT_ROOT: root, NEXT_TELEMETRY_DISABLED: '1' },
    detached: true,
  });
  server.stdout?.on('data', (chunk) => (log += chunk));
  server.stderr?.on('data', (chunk) => (log += chunk));
  await expect.poll(() => log, { timeout: 60_000 }).toMatch(/Ready in/);
});

test.afterEach(async ({}, testInfo) => {
  if (testInfo.status !== testInfo.expectedStatus) await testInfo.attach('dev server log', { body: log, contentType: 'text/plain' });
});

test.afterAll(() => {
  // The dev server runs under npm: end the whole group.
  if (server.pid) process.kill(-server.pid, 'SIGTERM');
  rmSync(root, { recursive: true, force: true });
});

test('an edited heading shows on the next reload, without a restart', async ({ page }) => {
  await page.goto(`${origin}/speakers/kim-ogg/`);
  await expect(page.getByRole('heading', { level: 1, name: 'Kim Ogg' })).toBeVisible();
  const original = readFileSync(file('kim-ogg.md'), 'utf8');
  edit('kim-ogg.md', (text) => text.replace('## Human trafficking stash houses', '## Edited: human trafficking stash houses'));
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: /^Edited: human trafficking stash houses/ })).toBeVisible();
  // The edit renames a section that content/figures.yml cites, which the search index rightly refuses: put it back.
  writeFileSync(file('kim-ogg.md'), original);
});

test('invalid content shows the located message in the browser; fixing it recovers', async ({ page }) => {
  const good = readFileSync(file('kim-ogg.md'), 'utf8');
  edit('kim-ogg.md', (text) => text.replace('date: [2025-04-30]', 'date: [2025-02-30]'));
  await page.goto(`${origin}/speakers/kim-ogg/`);
  await expect(page.getByRole('heading', { level: 1, name: 'Invalid content' })).toBeVisible();
  await expect(page.getByTestId('content-errors')).toContainText('content/speakers/kim-ogg.md:5:8 date[0]: expected an ISO date (YYYY-MM-DD), got "2025-02-30"');
  expect(log).toContain('content/speakers/kim-ogg.md:5:8 date[0]');
  writeFileSync(file('kim-ogg.md'), good);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Kim Ogg' })).toBeVisible();
});

test('a new speaker file is a page on the next reload; a deleted one is gone', async ({ page }) => {
  writeFileSync(file('kim-ogg-copy.md'), readFileSync(file('kim-ogg.md'), 'utf8').replace('speaker: Kim Ogg', 'speaker: Kim Ogg Copy'));
  await page.goto(`${origin}/speakers/kim-ogg-copy/`);
  await expect(page.getByRole('heading', { level: 1, name: 'Kim Ogg Copy' })).toBeVisible();
  rmSync(file('kim-ogg-copy.md'));
  const response = await page.reload();
  expect(response?.status()).toBe(404);
});

test('search works in dev', async ({ page }) => {
  await page.goto(`${origin}/search/?q=tariffs`);
  await expect(page.getByRole('link', { name: /tariff/i }).first()).toBeVisible({ timeout: 60_000 });
});
