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

test('a number finds the figure: 125 leads to the China tariff on /figures/', async ({ page }) => {
  await page.goto('/search/?q=125');
  const results = page.getByRole('list', { name: 'Search results' });
  const first = results.getByRole('listitem').first();
  await expect(first).toContainText('Figure');
  await expect(first).toContainText('125%');
  await expect(first.getByRole('link')).toHaveAttribute('href', /^\/figures\/\?h=125#tariff-china$/);
  await first.getByRole('link').click();
  const current = page.locator('main mark[data-current]');
  // The stemmer loads on arrival before anything is marked: allow for a slow machine.
  await expect(current).toHaveText('125', { timeout: 15_000 });
  await expect(current).toBeInViewport();
  await expect(page.locator('[id="tariff-china"]')).toContainText('China');
  await expect(page.getByRole('region', { name: 'Search highlights' })).toContainText(/Match \d+ of \d+ for “125”/);
});

for (const [query, text, href] of [
  ['36 trillion', '36 trillion', /^\/(figures\/\?h=36%20trillion#national-debt|speakers\/pete-sessions\/\?h=36%20trillion#government-spending-at-32-of-gdp-and-a-debt-that-exceeds-36-trillion)$/],
  ['200 per day', '200 per day', /^\/(figures\/\?h=200%20per%20day#daily-encounters-now|speakers\/robert-perez\/\?h=200%20per%20day#daily-encounters-have-dropped-to-approximately-200-per-day)$/],
] as const) {
  test(`${query} finds the figure or its insight first`, async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    const first = page.getByRole('list', { name: 'Search results' }).getByRole('listitem').first();
    await expect(first).toContainText(text);
    await expect(first.getByRole('link')).toHaveAttribute('href', href);
  });
}

test('results state a conference only where the report does; "not stated" stays a filter, not a label', async ({ page }) => {
  await page.goto('/search/?q=border');
  const results = page.getByRole('list', { name: 'Search results' });
  await expect(results.getByRole('listitem').first()).toBeVisible();
  await expect(results).not.toContainText(/not stated/i);
  await expect(results).toContainText('April 30, 2025');
});

test('nearshore finds nearshoring, marked', async ({ page }) => {
  await page.goto('/search/?q=nearshore');
  const results = page.getByRole('list', { name: 'Search results' });
  await expect(results.getByRole('link', { name: /Nearshoring needs major infrastructure/ })).toBeVisible();
  await expect(results.locator('mark').first()).toHaveText(/^nearshor/i);
});

test('each type is named once, and a facet count is the number of results its link lists', async ({ page }) => {
  await page.goto('/search/?q=tariffs');
  const results = page.getByRole('list', { name: 'Search results' });
  const topic = results.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Tariffs', exact: true }) });
  await expect(topic).toHaveCount(1);
  await expect(topic.getByText(/^Topic$/)).toHaveCount(1);

  const countIn = async (nav: string, name: RegExp) => {
    const link = page.getByRole('navigation', { name: nav }).getByRole('link', { name });
    const count = Number((await link.innerText()).match(/(\d+)\D*$/)?.[1]);
    await link.click();
    return count;
  };
  const insights = await countIn('Filter by type', /^Insights/);
  await expect(page).toHaveURL(/type=insight/);
  await expect(results.getByRole('listitem')).toHaveCount(insights);
  for (const label of await results.locator('article > p:first-child').allInnerTexts()) expect(label).toMatch(/^insight$/i);
  const tariffInsights = await countIn('Filter by topic', /^Tariffs/);
  await expect(page).toHaveURL(/type=insight.*topic=tariffs/);
  await expect(results.getByRole('listitem')).toHaveCount(tariffInsights);
  await expect(page.getByRole('status').filter({ hasText: `${tariffInsights} result` })).toBeVisible();
});

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1440, height: 900 },
]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('the highlight bar steps through matches and never covers the current one', async ({ page }) => {
      // It visits every match in turn.
      test.setTimeout(120_000);
      await page.goto('/speakers/kim-ogg/?h=border#immigration-enforcement-and-operation-lone-star-strain-local-communities');
      const bar = page.getByRole('region', { name: 'Search highlights' });
      const status = bar.getByText(/^Match \d+ of \d+/);
      await expect(status).toBeVisible();
      const total = Number((await status.innerText()).match(/of (\d+)/)?.[1]);
      expect(total).toBeGreaterThan(2);
      const current = page.locator('main mark[data-current]');

      const clear = async () => {
        await expect(current).toHaveCount(1);
        // Measured once the (smooth) scroll to the match has settled.
        await expect(async () => {
          await expect(current).toBeInViewport();
          const mark = (await current.boundingBox())!;
          const region = (await bar.boundingBox())!;
          expect(mark.y + mark.height, 'the current match ends above the bar').toBeLessThanOrEqual(region.y);
          const site = page.locator('header').first();
          const header = await site.boundingBox();
          if (header && (await site.evaluate((element) => getComputedStyle(element).position)) === 'sticky') {
            expect(mark.y, 'the current match is below the sticky header').toBeGreaterThanOrEqual(header.y + header.height);
          }
        }).toPass({ timeout: 5_000 });
      };

      const start = Number((await status.innerText()).match(/^Match (\d+)/)?.[1]);
      await clear();
      await bar.getByRole('button', { name: 'Next match' }).click();
      await expect(status).toHaveText(new RegExp(`^Match ${(start % total) + 1} of ${total}`));
      await clear();
      // Keyboard: the buttons take Enter and Space.
      await bar.getByRole('button', { name: 'Next match' }).focus();
      await page.keyboard.press('Enter');
      await expect(status).toHaveText(new RegExp(`^Match ${((start + 1) % total) + 1} of ${total}`));
      await clear();
      await bar.getByRole('button', { name: 'Previous match' }).focus();
      await page.keyboard.press('Space');
      await page.keyboard.press('Space');
      await expect(status).toHaveText(new RegExp(`^Match ${start} of ${total}`));
      await clear();
      // Stepping wraps around, and every match in turn is clear of the bar.
      for (let step = 0; step < total; step++) {
        await bar.getByRole('button', { name: 'Next match' }).click();
        await clear();
      }
      await expect(status).toHaveText(new RegExp(`^Match ${start} of ${total}`));
    });
  });
}

test.describe('on a phone (390×844)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('filters open above the results, and choosing one keeps the results in view', async ({ page }) => {
    await page.goto('/search/?q=tariffs');
    const results = page.getByRole('list', { name: 'Search results' });
    await expect(results.getByRole('listitem').first()).toBeVisible();
    const toggle = page.getByRole('button', { name: /^Filters/ });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('navigation', { name: 'Filter by topic' })).toBeHidden();
    expect((await toggle.boundingBox())!.y).toBeLessThan((await results.boundingBox())!.y);

    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const topics = page.getByRole('navigation', { name: 'Filter by topic' });
    await expect(topics).toBeVisible();
    const facets = (await page.getByRole('complementary', { name: 'Filters' }).boundingBox())!;
    expect(facets.y + facets.height).toBeLessThanOrEqual((await results.boundingBox())!.y);

    const link = topics.getByRole('link', { name: /^Tariffs/ });
    const count = Number((await link.innerText()).match(/(\d+)\D*$/)?.[1]);
    await link.click();
    await expect(page).toHaveURL(/topic=tariffs/);
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    const status = page.getByRole('status').filter({ hasText: `${count} result` });
    await expect(status).toBeFocused();
    await expect(status).toBeInViewport();
    await expect(results.getByRole('listitem').first()).toBeInViewport();
    await expect(results.getByRole('listitem')).toHaveCount(count);
  });
});
