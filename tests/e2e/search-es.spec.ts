import { expect, test, type Page } from '@playwright/test';
import { es } from '../../lib/i18n/es';

/** Keyboard shortcuts work once the page has hydrated. */
const ready = (page: Page) => page.locator('header form[data-enhanced]').waitFor();

test('the Spanish header search loads the Spanish index only, and lands on the Spanish section with the words marked', async ({ page }) => {
  const indexes: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('search-index.json')) indexes.push(new URL(request.url()).pathname);
  });
  await page.goto('/es/');
  await ready(page);
  await page.keyboard.press('/');
  const box = page.getByRole('combobox', { name: es.search.label });
  await expect(box).toBeFocused();
  await page.keyboard.type('casas de seguridad');
  const listbox = page.getByRole('listbox', { name: es.search.suggestions });
  await expect(listbox.getByRole('option').first()).toContainText('Casas de seguridad de trata de personas');
  expect(indexes).toEqual(['/es/search-index.json']);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/es\/speakers\/kim-ogg\/\?h=[^#]+#human-trafficking-stash-houses-holding-as-many-as-60-people$/);
  await expect(page.locator('[id="human-trafficking-stash-houses-holding-as-many-as-60-people"]')).toBeInViewport();
  await expect(page.locator('main mark.search-hit').first()).toBeVisible();
  // Counted from the section the link points to.
  await expect(page.getByRole('region', { name: es.search.highlights })).toContainText(/Coincidencia \d+ de \d+ para/);
});

test('singular finds plural and accents do not matter: "arancel" finds "aranceles", in Spanish results and facets', async ({ page }) => {
  await page.goto('/es/search/?q=arancel');
  const results = page.getByRole('list', { name: es.search.results });
  await expect(results.getByRole('listitem').first()).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'para “arancel”' })).toBeVisible();
  await expect(results).toContainText(/aranceles/i);
  // The facets are in Spanish too: "Tipo", and its values as the results name them.
  await expect(page.getByRole('heading', { name: es.search.facet.type, exact: true })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Filtrar por tipo' }).getByRole('link', { name: /Ideas clave/ })).toBeVisible();
});

test('a Spanish query on the English site finds the English insight, shown in English', async ({ page }) => {
  await page.goto('/search/?q=aranceles');
  const results = page.getByRole('list', { name: 'Search results' });
  await expect(results.getByRole('listitem').first()).toBeVisible();
  const first = results.getByRole('link').first();
  await expect(first).toHaveAttribute('href', /^\/(speakers|themes|topics)\//);
  await expect(results).toContainText(/tariff/i);
});

test('an English query on the Spanish site finds the Spanish insight, shown in Spanish', async ({ page }) => {
  await page.goto('/es/search/?q=stash%20houses');
  const results = page.getByRole('list', { name: es.search.results });
  await expect(results.getByRole('link').first()).toHaveAttribute('href', /^\/es\/speakers\/kim-ogg\/\?h=[^#]*#human-trafficking-stash-houses/);
  await expect(results.getByRole('link').first()).toContainText('Casas de seguridad');
});

test('a query of stop words alone finds nothing, and says so in Spanish', async ({ page }) => {
  await page.goto('/es/search/?q=de%20la');
  await expect(page.getByRole('status').filter({ hasText: '0 resultados' })).toBeVisible();
  await expect(page.getByText(es.search.noResults)).toBeVisible();
});
