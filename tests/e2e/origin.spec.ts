import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { builtHtml } from './pages';

/**
 * The origin a build is for, both ways: `npm run build` with no SITE_URL is a
 * loopback preview that keeps crawlers out; the hostile fixture site is built
 * with SITE_URL=https://hostile.example.org (package.json) and must carry no
 * loopback URL anywhere and let crawlers in.
 */
const project = path.resolve(import.meta.dirname, '../..');
const LOOPBACK_URL = /https?:\/\/(?:127(?:\.\d{1,3}){3}|localhost|\[::1\])(?![\w.-])/;

function textFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && !/\.(png|ico|woff2?)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

test('a loopback build (the default) is not indexable, and says so in robots.txt and on every page', () => {
  expect(readFileSync(path.join(project, 'out', 'robots.txt'), 'utf8')).toMatch(/^User-Agent: \*\nDisallow: \/\n/);
  for (const { file, html } of builtHtml('out')) {
    expect(html, file).toContain('<meta name="robots" content="noindex, nofollow"/>');
  }
});

test('a build for a real origin has no loopback URL anywhere, and is indexable', () => {
  const site = path.join(project, '.hostile-out');
  const files = textFiles(site);
  expect(files.length).toBeGreaterThan(20);
  for (const file of files) {
    expect(readFileSync(file, 'utf8'), path.relative(project, file)).not.toMatch(LOOPBACK_URL);
  }
  expect(readFileSync(path.join(site, 'robots.txt'), 'utf8')).toBe('User-Agent: *\nAllow: /\n\nSitemap: https://hostile.example.org/sitemap.xml\n');
  // Next marks its 404 page noindex itself, whatever the origin; a page that only forwards (a list's `…/page/1/`) is never indexed.
  for (const { file, html } of builtHtml('.hostile-out').filter(({ file }) => !/404|_not-found/.test(file))) {
    if (!html.includes('<meta http-equiv="refresh"')) expect(html, file).not.toContain('name="robots"');
    expect(html, file).toMatch(/<link rel="canonical" href="https:\/\/hostile\.example\.org\//);
  }
  const sitemap = readFileSync(path.join(site, 'sitemap.xml'), 'utf8');
  for (const [, url = ''] of sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)) expect(url).toMatch(/^https:\/\/hostile\.example\.org\//);
});
