import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { hostilePort } from '../../playwright.config';
import { allPages, builtHtml } from './pages';

/*
 * A long list pages. The real content fits every list on one page, so this
 * reads the hostile fixture site, built with one item a page
 * (INSIGHTS_PAGE_SIZE=1 in npm run build:hostile): its theme's two insights
 * are two pages.
 */
const origin = 'https://hostile.example.org';
const theme = '/themes/hostile/';

test.use({ baseURL: `http://127.0.0.1:${hostilePort}` });

const head = (page: Page, selector: string) => page.locator(`head ${selector}`).getAttribute('href');

test('the first page keeps its URL and leads to the second: numbers, Next, rel="next", its own canonical and title', async ({ page }) => {
  await page.goto(theme);
  const nav = page.getByRole('navigation', { name: 'Pages', exact: true });
  await expect(nav).toContainText('Page 1 of 2');
  await expect(nav.locator('[aria-current="page"]')).toHaveText('1');
  await expect(nav.getByRole('link', { name: 'Previous page' })).toHaveCount(0);
  await expect(page).toHaveTitle(/ — page 1 of 2 · /);
  expect(await head(page, 'link[rel="canonical"]')).toBe(`${origin}${theme}`);
  expect(await head(page, 'link[rel="next"]')).toBe(`${theme}page/2/`);
  await expect(page.locator('head link[rel="prev"]')).toHaveCount(0);
  // The overview is the first page's.
  await expect(page.locator('#overview')).toHaveCount(1);

  await nav.getByRole('link', { name: 'Next page' }).click();
  await expect(page).toHaveURL(`${theme}page/2/`);
  const second = page.getByRole('navigation', { name: 'Pages', exact: true });
  await expect(second).toContainText('Page 2 of 2');
  await expect(second.locator('[aria-current="page"]')).toHaveText('2');
  await expect(second.getByRole('link', { name: 'Next page' })).toHaveCount(0);
  await expect(page).toHaveTitle(/ — page 2 of 2 · /);
  await expect(page.locator('main h1')).toHaveCount(1);
  await expect(page.locator('#overview')).toHaveCount(0);
  await expect(page.locator('section[aria-labelledby="insights"] article')).toHaveCount(1);
  expect(await head(page, 'link[rel="canonical"]')).toBe(`${origin}${theme}page/2/`);
  expect(await head(page, 'link[rel="prev"]')).toBe(theme);
  expect(await head(page, 'link[rel="alternate"][hreflang="es"]')).toBe(`${origin}/es${theme}page/2/`);
  expect(await head(page, 'link[rel="alternate"][hreflang="en"]')).toBe(`${origin}${theme}page/2/`);
  // The breadcrumb leads back to the list's first page.
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).locator('[aria-current="page"]')).toHaveText('Page 2');

  await second.getByRole('link', { name: 'Page 1' }).click();
  await expect(page).toHaveURL(theme);
});

test('in Spanish, the same pages in Spanish words, each page the alternate of its English page', async ({ page }) => {
  await page.goto(`/es${theme}page/2/`);
  const nav = page.getByRole('navigation', { name: 'Páginas', exact: true });
  await expect(nav).toContainText('Página 2 de 2');
  await expect(nav.getByRole('link', { name: 'Página anterior' })).toHaveAttribute('href', `/es${theme}`);
  await expect(page).toHaveTitle(/ — página 2 de 2 · /);
  expect(await head(page, 'link[rel="canonical"]')).toBe(`${origin}/es${theme}page/2/`);
  expect(await head(page, 'link[rel="alternate"][hreflang="en"]')).toBe(`${origin}${theme}page/2/`);
});

test('`…/page/1/` forwards to the list; a page past the end is not found', async ({ page }) => {
  await page.goto(`${theme}page/1/`);
  await expect(page).toHaveURL(theme);
  const response = await page.goto(`${theme}page/3/`);
  expect(response?.status()).toBe(404);
});

test('the sitemap lists every page of a list with its language alternates', () => {
  const sitemap = readFileSync(path.resolve(import.meta.dirname, '../../.hostile-out/sitemap.xml'), 'utf8');
  const entry = new RegExp(`<url>\\s*<loc>${origin}${theme}page/2/</loc>[\\s\\S]*?</url>`).exec(sitemap)?.[0] ?? '';
  expect(entry).toContain(`hreflang="es" href="${origin}/es${theme}page/2/"`);
  expect(sitemap).toContain(`<loc>${origin}/es${theme}page/2/</loc>`);
  expect(sitemap).not.toContain('/page/1/');
});

test('the real site fits every list on one page: no second page and no pagination', () => {
  expect(allPages('out').filter((page) => /\/page\/\d+\/$/.test(page))).toEqual([]);
  for (const page of ['speakers/', 'themes/trade-integration-and-industrial-cooperation/', 'topics/immigration/', 'events/2025-04-30/']) {
    expect(readFileSync(path.resolve(import.meta.dirname, '../../out', page, 'index.html'), 'utf8'), page).not.toContain('aria-label="Pages"');
  }
});

test('no built page is over 200 KB of HTML (issue #17: lists page, so a page stays bounded at any content size)', () => {
  const large = [...builtHtml('out'), ...builtHtml('.hostile-out')].filter(({ html }) => Buffer.byteLength(html) > 200_000).map(({ file }) => file);
  expect(large).toEqual([]);
});
