import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { chromium } from '@playwright/test';

/**
 * Screenshots of every page type, phone and desktop, light and dark, into
 * shots/ (git-ignored), to look at the design. Builds nothing: run
 * `npm run build` first; this serves out/ as a static host would.
 */
const OUT = path.resolve('out');
const SHOTS = path.resolve('shots');

const first = (dir: string) => readdirSync(path.join(OUT, dir), { withFileTypes: true }).find((entry) => entry.isDirectory())?.name;

const PAGES: Record<string, string> = {
  home: '/',
  'speakers-index': '/speakers/',
  speaker: `/speakers/${first('speakers')}/`,
  'themes-index': '/themes/',
  theme: `/themes/${first('themes')}/`,
  event: `/events/${first('events')}/`,
  'topics-index': '/topics/',
  topic: `/topics/${first('topics')}/`,
  figures: '/figures/',
  about: '/about/',
  search: '/search/?q=tariffs',
  '404': '/no-such-page/',
};
const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: { width: 1440, height: 900 } } as const;
const SCHEMES = ['light', 'dark'] as const;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

if (!existsSync(path.join(OUT, 'index.html'))) {
  console.error('No out/index.html: run `npm run build` first.');
  process.exit(1);
}
mkdirSync(SHOTS, { recursive: true });
const port = await freePort();
const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', OUT], { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise<void>((resolve, reject) => {
  server.stdout.once('data', () => resolve());
  server.once('exit', (code) => reject(new Error(`scripts/serve.ts exited (${code}) before serving`)));
});

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
});
const written: string[] = [];
try {
  for (const [viewportName, viewport] of Object.entries(VIEWPORTS)) {
    for (const scheme of SCHEMES) {
      // The system preference is what the site follows when the reader has not chosen.
      const context = await browser.newContext({ viewport, colorScheme: scheme, deviceScaleFactor: 1 });
      const page = await context.newPage();
      for (const [name, url] of Object.entries(PAGES)) {
        await page.goto(`http://127.0.0.1:${port}${url}`, { waitUntil: 'networkidle' });
        await page.evaluate(() => document.fonts.ready);
        const file = path.join(SHOTS, `${name}-${viewportName}-${scheme}.png`);
        await page.screenshot({ path: file, fullPage: true });
        written.push(path.relative(process.cwd(), file));
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.kill();
}
console.log(`${written.length} screenshots:\n${written.map((file) => `  ${file}`).join('\n')}`);
