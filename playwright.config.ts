import { execFileSync } from 'node:child_process';
import { defineConfig, devices } from '@playwright/test';

// Browsers cannot be downloaded here: use the system Chromium, overridable.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// A free port, chosen once by the main process; workers inherit it through the environment.
process.env.E2E_PORT ??= execFileSync(process.execPath, [
  '-e',
  "const s = require('net').createServer().listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); })",
])
  .toString()
  .trim();
const port = Number(process.env.E2E_PORT);
/** The site built from tests/fixtures/hostile (npm run build:hostile). */
export const hostilePort = port + 1;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-dev-shm-usage'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: [
    { command: 'npx tsx scripts/serve.ts out', env: { PORT: String(port) }, url: `http://127.0.0.1:${port}/`, timeout: 30_000 },
    { command: 'npx tsx scripts/serve.ts .hostile-out', env: { PORT: String(hostilePort) }, url: `http://127.0.0.1:${hostilePort}/`, timeout: 30_000 },
  ],
});
