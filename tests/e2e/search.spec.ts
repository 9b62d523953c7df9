import { expect, test, type Page } from '@playwright/test';

const searchRequests = (page: Page) => {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('search-index.json')) urls.push(request.url());
  });
  return urls;
};

test('nothing of search is fetched until search is used, then once', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  const index = searchRequests(page);
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  const scriptsBefore = scripts.length;
  expect(index).toEqual([]);
  await page.getByRole('combobox', { name: 'Search the insights' }).focus();
  await expect.poll(() => index.length).toBe(1);
  expect(scripts.length).toBeGreaterThan(scriptsBefore);
  await page.keyboard.type('tariffs');
  await page.getByRole('combobox', { name: 'Search the insights' }).blur();
  await page.getByRole('combobox', { name: 'Search the insights' }).focus();
  await page.keyboard.type(' rates');
  await page.waitForLoadState('networkidle');
  expect(index).toHaveLength(1);
});

/** Keyboard shortcuts work once the page has hydrated. */
const ready = (page: Page) => page.locator('header form[data-enhanced]').waitFor();

test('/ opens search; typing shows results; arrows and Enter land on the section with terms marked', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await page.keyboard.press('/');
  const box = page.getByRole('combobox', { name: 'Search the insights' });
  await expect(box).toBeFocused();
  await page.keyboard.type('stash');
  const listbox = page.getByRole('listbox', { name: 'Search suggestions' });
  await expect(listbox.getByRole('option').first()).toContainText('Human trafficking stash houses');
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(box).toHaveAttribute('aria-activedescendant', /option-0$/);
  await expect(listbox.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/speakers\/kim-ogg\/\?h=stash#human-trafficking-stash-houses-holding-as-many-as-60-people$/);
  const heading = page.locator('[id="human-trafficking-stash-houses-holding-as-many-as-60-people"]');
  await expect(heading).toBeInViewport();
  await expect(page.locator('main mark.search-hit').first()).toHaveText('stash');
  await page.getByRole('button', { name: 'Clear highlights' }).click();
  await expect(page.locator('main mark.search-hit')).toHaveCount(0);
  await expect(page).toHaveURL(/\/speakers\/kim-ogg\/#human-trafficking/);
});

test('Ctrl+K focuses search and Escape closes it and returns focus', async ({ page }) => {
  await page.goto('/about/');
  await ready(page);
  const link = page.getByRole('link', { name: 'theme', exact: true });
  await link.focus();
  await page.keyboard.press('Control+k');
  const box = page.getByRole('combobox', { name: 'Search the insights' });
  await expect(box).toBeFocused();
  await page.keyboard.type('pena');
  await expect(page.getByRole('listbox', { name: 'Search suggestions' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox', { name: 'Search suggestions' })).toBeHidden();
  await expect(link).toBeFocused();
});

test('the header search keeps what type="search" gave: the search key, no autofill, a clear button, Escape to clear', async ({ page }) => {
  await page.goto('/about/');
  await ready(page);
  // A text input: HTML allows role="combobox" and aria-expanded there, not on type="search".
  const box = page.getByRole('combobox', { name: 'Search the insights' });
  await expect(box).toHaveAttribute('type', 'text');
  await expect(box).toHaveAttribute('enterkeyhint', 'search');
  await expect(box).toHaveAttribute('inputmode', 'search');
  await expect(box).toHaveAttribute('autocomplete', 'off');
  await expect(box).toHaveAttribute('spellcheck', 'false');
  const listbox = page.getByRole('listbox', { name: 'Search suggestions' });
  const clear = page.getByRole('button', { name: 'Clear search' });
  await expect(clear).toHaveCount(0);

  await box.focus();
  await page.keyboard.type('pena');
  await expect(listbox).toBeVisible();
  await clear.click();
  await expect(box).toHaveValue('');
  await expect(box).toBeFocused();
  await expect(listbox).toBeHidden();
  await expect(clear).toHaveCount(0);

  // Escape closes the suggestions first, then clears.
  await page.keyboard.type('pena');
  await expect(listbox).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(listbox).toBeHidden();
  await expect(box).toHaveValue('pena');
  await page.keyboard.press('Escape');
  await expect(box).toHaveValue('');
  await expect(box).toBeFocused();
});

test('/search/?q=cuellar shows Cuéllar with "Cuéllar" marked', async ({ page }) => {
  await page.goto('/search/?q=cuellar');
  const results = page.getByRole('list', { name: 'Search results' });
  await expect(results.getByRole('listitem').first()).toContainText('Antonio Cuéllar');
  await expect(results.locator('mark').first()).toHaveText('Cuéllar');
  await expect(page.getByRole('status').filter({ hasText: 'results for “cuellar”' })).toBeVisible();
  const first = results.getByRole('link').nth(1);
  await expect(first).toHaveAttribute('href', /^\/speakers\/antonio-cuellar\/\?h=cuellar#/);
});

test('facets change the URL and the list; back and forward restore them', async ({ page }) => {
  await page.goto('/search/?q=border');
  const results = page.getByRole('list', { name: 'Search results' });
  await expect(results.getByRole('listitem').first()).toBeVisible();
  const before = await results.getByRole('listitem').count();
  await page.getByRole('navigation', { name: 'Filter by speaker' }).getByRole('link', { name: /Robert Perez/ }).click();
  await expect(page).toHaveURL(/\/search\/\?q=border&speaker=robert-perez$/);
  await expect.poll(() => results.getByRole('listitem').count()).toBeLessThan(before);
  for (const item of await results.getByRole('listitem').all()) await expect(item).toContainText('Robert Perez');
  await page.getByRole('navigation', { name: 'Filter by conference' }).getByRole('link', { name: /Conference not stated/ }).click();
  await expect(page).toHaveURL(/speaker=robert-perez&event=unstated$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/search\/\?q=border&speaker=robert-perez$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/search\/\?q=border$/);
  await expect.poll(() => results.getByRole('listitem').count()).toBe(before);
  await page.goForward();
  await expect(page).toHaveURL(/speaker=robert-perez$/);
});

test('typing on the search page keeps the query in the URL', async ({ page }) => {
  await page.goto('/search/');
  await expect(page.getByRole('heading', { name: 'Browse by topic' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search the insights' }).fill('Querétaro');
  await expect(page).toHaveURL(/\/search\/\?q=Quer%C3%A9taro$/);
  await expect(page.getByRole('list', { name: 'Search results' }).locator('mark').first()).toHaveText('Querétaro');
});

test('no results suggests topics and speakers', async ({ page }) => {
  await page.goto('/search/?q=zzzzqqq');
  await expect(page.getByText('No results.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Browse by speaker' })).toBeVisible();
});

for (const query of ['<img src=x onerror=alert(1)>', '🇲🇽🌮', '__proto__', '.*+?^${}()|[]\\', 'x'.repeat(10_000), '   ']) {
  test(`hostile query ${JSON.stringify(query.slice(0, 30))} is harmless`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('dialog', (dialog) => {
      errors.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    await expect(page.getByRole('status').filter({ hasText: /result|Type to search/ })).toBeVisible();
    await page.getByRole('combobox', { name: 'Search the insights' }).fill(query.slice(0, 500));
    await page.waitForTimeout(100);
    expect(errors).toEqual([]);
    await expect(page.locator('main img')).toHaveCount(0);
  });
}
