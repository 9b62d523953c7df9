import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { chromium } from '@playwright/test';

/**
 * Screenshots of every page type, phone and desktop, light and dark, into
 * shots/ (git-ignored), to look at the design, with each page's full height
 * in shots/heights.json. Builds nothing: run `npm run build` first; this
 * serves out/ as a static host would. `npm run shots -- <site> <folder>`
 * shoots another build (an older commit's, for a before/after).
 */
const OUT = path.resolve(process.argv[2] ?? 'out');
const SHOTS = path.resolve(process.argv[3] ?? 'shots');

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
const VIEWPORTS = {
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
  desktop: { viewport: { width: 1440, height: 900 }, isMobile: false, hasTouch: false },
} as const;
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
  console.error(`No ${path.relative(process.cwd(), OUT) || '.'}/index.html: run \`npm run build\` first.`);
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
const heights: Record<string, number> = {};
try {
  for (const [viewportName, device] of Object.entries(VIEWPORTS)) {
    for (const scheme of SCHEMES) {
      // The system preference is what the site follows when the reader has not chosen.
      const context = await browser.newContext({ ...device, colorScheme: scheme, deviceScaleFactor: 1 });
      const page = await context.newPage();
      for (const [name, url] of Object.entries(PAGES)) {
        await page.goto(`http://127.0.0.1:${port}${url}`, { waitUntil: 'networkidle' });
        await page.evaluate(() => document.fonts.ready);
        // The results arrive after the index loads.
        if (url.startsWith('/search/')) await page.locator('main ol li').first().waitFor();
        if (scheme === 'light') heights[`${name}-${viewportName}`] = await page.evaluate(() => document.documentElement.scrollHeight);
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
writeFileSync(path.join(SHOTS, 'heights.json'), `${JSON.stringify(heights, null, 2)}\n`);
console.log(`${written.length} screenshots:\n${written.map((file) => `  ${file}`).join('\n')}`);
console.log(`Page heights (px): ${path.relative(process.cwd(), path.join(SHOTS, 'heights.json'))}`);
