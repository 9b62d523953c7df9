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

test('an edited heading shows on the next reload, in both languages, without a restart', async ({ page }) => {
  await page.goto(`${origin}/speakers/kim-ogg/`);
  await expect(page.getByRole('heading', { level: 1, name: 'Kim Ogg' })).toBeVisible();
  const [english, spanish] = [readFileSync(file('kim-ogg.md'), 'utf8'), readFileSync(file('kim-ogg.es.md'), 'utf8')];
  // A renamed insight as an author renames one: its old id kept as an alias (content/figures.yml cites it),
  // and the translation pointed at the new id.
  const oldId = 'human-trafficking-stash-houses-holding-as-many-as-60-people';
  edit('kim-ogg.md', (text) =>
    text.replace('## Human trafficking stash houses', '## Edited: human trafficking stash houses').replace(/(## Edited[^\n]*\n<!--\n)/, `$1aliases: [${oldId}]\n`),
  );
  edit('kim-ogg.es.md', (text) => text.replace(`<!-- id: ${oldId} -->`, `<!-- id: edited-${oldId} -->`));
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: /^Edited: human trafficking stash houses/ })).toBeVisible();
  await page.goto(`${origin}/es/speakers/kim-ogg/#${oldId}`);
  await expect(page.locator(`[id="edited-${oldId}"]`)).toHaveText(/^Casas de seguridad/);
  writeFileSync(file('kim-ogg.md'), english);
  writeFileSync(file('kim-ogg.es.md'), spanish);
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

test('a new speaker file without its translation says so; with it, it is a page in both languages; a deleted one is gone', async ({ page }) => {
  writeFileSync(file('kim-ogg-copy.md'), readFileSync(file('kim-ogg.md'), 'utf8').replace('speaker: Kim Ogg', 'speaker: Kim Ogg Copy'));
  await page.goto(`${origin}/speakers/kim-ogg-copy/`);
  // The real content requires every insight in Spanish (content/translations.yml: missing: error).
  await expect(page.getByTestId('content-errors')).toContainText('content/speakers/kim-ogg-copy.md');
  await expect(page.getByTestId('content-errors')).toContainText('expected a Spanish translation');
  writeFileSync(file('kim-ogg-copy.es.md'), readFileSync(file('kim-ogg.es.md'), 'utf8'));
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Kim Ogg Copy' })).toBeVisible();
  await page.goto(`${origin}/es/speakers/kim-ogg-copy/`);
  await expect(page.getByRole('heading', { level: 1, name: 'Kim Ogg Copy' })).toBeVisible();
  rmSync(file('kim-ogg-copy.md'));
  rmSync(file('kim-ogg-copy.es.md'));
  const response = await page.reload();
  expect(response?.status()).toBe(404);
});

test('search works in dev', async ({ page }) => {
  await page.goto(`${origin}/search/?q=tariffs`);
  await expect(page.getByRole('link', { name: /tariff/i }).first()).toBeVisible({ timeout: 60_000 });
});
