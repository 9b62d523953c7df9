import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { SearchManifest } from '../../lib/search/shard-format';

const manifest = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../out/search-index.json'), 'utf8')) as SearchManifest;
const files = (list: SearchManifest['terms']) => new Set(list.map(([, file]) => file));
const terms = files(manifest.terms);
const heads = files(manifest.heads);
const pairs = files(manifest.pairs);
const fragments = new Set(manifest.fragments);

/** The search files a page requests, by kind. */
function searchRequests(page: Page) {
  const seen: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/search-index')) seen.push(pathname);
  });
  const named = () => seen.filter((url) => url !== '/search-index.json').map((url) => url.replace('/search-index/', ''));
  return {
    all: () => seen,
    manifest: () => seen.filter((url) => url === '/search-index.json'),
    terms: () => named().filter((file) => terms.has(file)),
    heads: () => named().filter((file) => heads.has(file)),
    pairs: () => named().filter((file) => pairs.has(file)),
    facets: () => named().filter((file) => file === manifest.facets),
    fragments: () => named().filter((file) => fragments.has(file)),
  };
}

test('a first query fetches the manifest, the shards its word needs and the fragments of the shown results only', async ({ page }) => {
  const requests = searchRequests(page);
  await page.goto('/');
  await page.locator('header form[data-enhanced]').waitFor();
  const box = page.getByRole('combobox', { name: 'Search the insights' });
  await box.focus();
  await expect.poll(() => requests.manifest()).toEqual(['/search-index.json']);
  // One input event: one query (typing letter by letter is one query per prefix, each fetching its own shards).
  await box.fill('tariffs');
  const options = page.getByRole('listbox', { name: 'Search suggestions' }).getByRole('option');
  await expect(options.first()).toContainText(/tariff/i);
  await page.waitForLoadState('networkidle');
  // `tariffs`, and `aranceles` (its glossary reading, probed in the index): at most a shard each.
  expect(requests.terms().length).toBeGreaterThanOrEqual(1);
  expect(requests.terms().length).toBeLessThanOrEqual(2);
  expect(requests.heads()).toHaveLength(1);
  // One word: no phrase, so no pairs; no filter or facet counts in the header: no facet table.
  expect(requests.pairs()).toEqual([]);
  expect(requests.facets()).toEqual([]);
  // Seven suggestions at most, four documents per fragment.
  const shown = (await options.count()) - 1;
  expect(requests.fragments().length).toBeGreaterThan(0);
  expect(requests.fragments().length).toBeLessThanOrEqual(shown);
  // Nothing else, and nothing twice.
  expect(requests.all()).toHaveLength(1 + requests.terms().length + 1 + requests.fragments().length);
  expect(new Set(requests.all()).size).toBe(requests.all().length);
  // The exact total, though only seven are shown.
  await expect(options.last()).toContainText(/See all \d+ results/);
});

test('a facet-only listing fetches the facet table and the shown fragments, no index; Show more adds 20 with exact counts', async ({ page }) => {
  const requests = searchRequests(page);
  await page.goto('/search/?type=insight');
  const results = page.getByRole('list', { name: 'Search results' });
  await expect(results.getByRole('listitem')).toHaveCount(20);
  const total = Number((await page.getByRole('status').filter({ hasText: /results?$/ }).textContent())?.match(/\d+/)?.[0]);
  expect(total).toBeGreaterThan(40);
  await page.waitForLoadState('networkidle');
  expect(requests.terms()).toEqual([]);
  expect(requests.heads()).toEqual([]);
  expect(requests.facets()).toHaveLength(1);
  expect(requests.fragments()).toHaveLength(20 / manifest.block);

  await expect(page.getByText(`Showing 20 of ${total}`)).toBeVisible();
  await page.getByRole('button', { name: 'Show 20 more' }).click();
  await expect(results.getByRole('listitem')).toHaveCount(40);
  // Focus lands on the first added result, so reading goes on from there.
  await expect(results.getByRole('listitem').nth(20).getByRole('link').first()).toBeFocused();
  await expect(page.getByText(`Showing 40 of ${total}`)).toBeVisible();
  await page.getByRole('button', { name: `Show ${Math.min(20, total - 40)} more` }).click();
  await expect(results.getByRole('listitem')).toHaveCount(Math.min(60, total));
  await page.waitForLoadState('networkidle');
  expect(requests.fragments().length).toBeLessThanOrEqual(Math.ceil(Math.min(60, total) / manifest.block));
  expect(requests.terms()).toEqual([]);
});

test('Spanish: Show more in Spanish, results from the Spanish files', async ({ page }) => {
  const seen: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.includes('search-index')) seen.push(pathname);
  });
  await page.goto('/es/search/?type=insight');
  const results = page.getByRole('list', { name: 'Resultados de la búsqueda' });
  await expect(results.getByRole('listitem')).toHaveCount(20);
  await page.getByRole('button', { name: 'Mostrar 20 más' }).click();
  await expect(results.getByRole('listitem')).toHaveCount(40);
  expect(seen.every((url) => url.startsWith('/es/search-index'))).toBe(true);
});
