import { expect, test, type Page } from '@playwright/test';

/**
 * Reading on a phone (390 × 844, touch): a one-row header that stays, a
 * menu and a one-tap search, speaker pages that start with what was said,
 * the report's silence about a conference said once, touch-sized targets,
 * and ways along and back up a page.
 */
const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };

/** The page has hydrated (the header search marks itself once its handlers are live). */
const ready = (page: Page) => page.locator('header form[data-enhanced]').waitFor();
const header = (page: Page) => page.locator('body > header');
const top = (page: Page, selector: string) => page.locator(selector).first().evaluate((element) => element.getBoundingClientRect().top + window.scrollY);

test.describe('on a phone', () => {
  test.use(phone);

  test('the header is one row of at most 64 px and stays at the top while scrolling down and up', async ({ page }) => {
    await page.goto('/speakers/robert-perez/');
    await ready(page);
    const box = await header(page).boundingBox();
    expect(box?.height).toBeLessThanOrEqual(64);
    for (const y of [1500, 600]) {
      await page.evaluate((to) => window.scrollTo({ top: to, behavior: 'instant' }), y);
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(y);
      expect(await header(page).evaluate((element) => element.getBoundingClientRect().top)).toBe(0);
      await expect(page.getByRole('link', { name: 'Insights — home' })).toBeInViewport();
    }
  });

  test('the menu opens and closes from the keyboard and returns focus to its button', async ({ page }) => {
    await page.goto('/');
    await ready(page);
    const menu = page.getByRole('button', { name: 'Menu' });
    const speakers = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Speakers' });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(speakers).toBeHidden();
    await menu.focus();
    await page.keyboard.press('Enter');
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(speakers).toBeVisible();
    expect(await menu.getAttribute('aria-controls')).toBe(await page.locator('[id]', { has: speakers }).last().getAttribute('id'));
    // Tab goes into the menu, Escape closes it and puts focus back on its button.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Themes' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(menu).toBeFocused();
    await expect(speakers).toBeHidden();
    // Space toggles it like any button; a tap outside closes it.
    await page.keyboard.press('Space');
    await expect(speakers).toBeVisible();
    await page.touchscreen.tap(195, 800);
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
  });

  test('one tap on Search focuses the header search box, shown and ready to type in', async ({ page }) => {
    await page.goto('/speakers/kim-ogg/');
    await ready(page);
    const box = page.getByRole('combobox', { name: 'Search the insights' });
    await page.getByRole('link', { name: 'Search', exact: true }).tap();
    await expect(box).toBeFocused();
    await expect(box).toBeInViewport();
    expect((await box.boundingBox())?.width).toBeGreaterThan(300);
    await page.keyboard.type('border');
    await expect(page.getByRole('listbox', { name: 'Search suggestions' }).getByRole('option').first()).toBeVisible();
    await expect(page).toHaveURL(/\/speakers\/kim-ogg\/$/);
  });

  test('without JavaScript the search button is a link to the search page', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ ...phone, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseURL}/`);
    await expect(page.getByRole('link', { name: 'Search', exact: true })).toHaveAttribute('href', '/search/');
    await context.close();
  });

  test('a deep link lands with the insight heading just below the header, not under it', async ({ page }) => {
    const id = 'human-trafficking-stash-houses-holding-as-many-as-60-people';
    await page.goto(`/speakers/kim-ogg/#${id}`);
    const heading = page.locator(`[id="${id}"]`);
    await expect(heading).toBeInViewport();
    const headerBottom = await header(page).evaluate((element) => element.getBoundingClientRect().bottom);
    // Just below: the header's height is kept clear, plus the insight's top padding (1rem) and a little air, so the
    // whole mark drawn around the insight shows.
    await expect.poll(() => heading.evaluate((element) => Math.round(element.getBoundingClientRect().top))).toBe(Math.round(headerBottom + 24));
    const markTop = await page.locator('section.insight', { has: heading }).evaluate((element) => element.getBoundingClientRect().top);
    expect(markTop).toBeGreaterThanOrEqual(headerBottom);
  });

  for (const slug of ['robert-perez', 'kim-ogg', 'john-bolton', 'pete-sessions', 'antonio-cuellar', 'ana-maria-salazar']) {
    test(`/speakers/${slug}/: the first insight starts within 600 px, with "On this page" collapsed above it`, async ({ page }) => {
      await page.goto(`/speakers/${slug}/`);
      expect(await top(page, 'section.insight h2')).toBeLessThanOrEqual(600);
      const toc = page.getByRole('navigation', { name: 'On this page' });
      expect(await toc.evaluate((element) => element.getBoundingClientRect().bottom + window.scrollY)).toBeLessThan(await top(page, 'section.insight h2'));
      await expect(toc.getByRole('link').first()).toBeHidden();
      await toc.getByText('On this page').tap();
      await expect(toc.getByRole('link').first()).toBeVisible();
    });
  }
});

test.describe('a theme page on a phone', () => {
  test.use(phone);

  test('puts "On this page", collapsed, above the overview', async ({ page }) => {
    await page.goto('/themes/judicial-reform-and-democracy-in-mexico/');
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await expect(toc).toHaveCount(1);
    expect(await toc.evaluate((element) => element.getBoundingClientRect().bottom + window.scrollY)).toBeLessThan(await top(page, '#overview'));
    await expect(toc.getByRole('link', { name: 'Overview' })).toBeHidden();
    await toc.getByText('On this page').tap();
    await toc.getByRole('link', { name: 'Overview' }).tap();
    await expect(page).toHaveURL(/#overview$/);
    await expect(page.locator('#overview')).toBeInViewport();
  });
});

test.describe('conferences, said once', () => {
  test('every speaker page says "not stated" or "does not say" at most once, and never on an insight', async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto('/speakers/');
    const slugs = await page.locator('main h2 a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(slugs).toHaveLength(19);
    await expect(page.locator('main')).not.toContainText(/not stated|not given/i);
    for (const href of slugs) {
      await page.goto(href);
      const text = await page.locator('main').innerText();
      expect(text.match(/not stated|does not say/gi)?.length ?? 0, href).toBeLessThanOrEqual(1);
      expect((await page.locator('section.insight header').allInnerTexts()).filter((text) => /not stated|does not say/i.test(text)), href).toEqual([]);
    }
  });

  const headers: [string, string][] = [
    ['kim-ogg', 'April 30, 2025 conference — 1 of 4 insights; the report does not say for the others'],
    ['neil-herrington', 'April 30, 2025 conference — 1 of 2 insights; the report does not say for the other'],
    ['john-bolton', 'April 30, 2025 conference — all 5 insights'],
    ['antonio-cuellar', 'April 30, 2025 conference'],
    ['robert-perez', 'Conference not stated in the report'],
  ];
  for (const [slug, wording] of headers) {
    test(`/speakers/${slug}/ header: ${wording}`, async ({ page }) => {
      await page.goto(`/speakers/${slug}/`);
      await expect(page.getByTestId('speaker-conference')).toHaveText(wording);
    });
  }

  test('an insight shows its conference only where the report states it', async ({ page }) => {
    await page.goto('/speakers/kim-ogg/');
    const insights = page.locator('section.insight');
    await expect(insights).toHaveCount(4);
    await expect(insights.getByRole('link', { name: 'April 30, 2025 conference' })).toHaveCount(1);
  });

  test('the About page words it as the speaker pages do', async ({ page }) => {
    await page.goto('/about/');
    await expect(page.locator('main')).toContainText('April 30, 2025 conference — 1 of 4 insights; the report does not say for the others');
    await expect(page.locator('main')).toContainText('Conference not stated in the report');
    await expect(page.locator('main')).not.toContainText('“Conference not stated');
  });
});

/** Every button, summary and primary link (not links inside running prose or cards) that is rendered, with its size. */
async function targets(page: Page): Promise<{ label: string; width: number; height: number }[]> {
  return page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        'button, summary, body > header a, nav a, main .insight > header a, main h1 ~ * a:not(.prose a), [data-back-to-top] a, [role="option"]',
      ),
    ]
      .filter((element) => element.checkVisibility({ visibilityProperty: true }) && !element.closest('.prose, article, .sr-only'))
      .map((element) => {
        const rect = element.getBoundingClientRect();
        return { label: `<${element.tagName.toLowerCase()}> ${(element.textContent || element.getAttribute('aria-label') || '').trim().slice(0, 40)}`, width: rect.width, height: rect.height };
      }),
  );
}

const targetPages = ['/', '/speakers/', '/speakers/kim-ogg/', '/speakers/robert-perez/', '/themes/judicial-reform-and-democracy-in-mexico/', '/events/2025-04-30/', '/figures/', '/search/?q=tariffs'];

for (const [name, options, min, paths] of [
  ['touch screen (pointer: coarse): at least 44 × 44 px', phone, 44, targetPages],
  ['mouse: at least 24 × 24 px', { viewport: { width: 1440, height: 900 }, isMobile: false, hasTouch: false }, 24, targetPages],
] as const) {
  test.describe(name, () => {
    test.use(options);
    for (const path of paths) {
      test(`${path}: every button and primary link`, async ({ page }) => {
        await page.goto(path);
        await ready(page);
        if (path.startsWith('/search/')) await page.getByRole('list', { name: 'Search results' }).waitFor();
        // Open what a reader would open, so the controls inside are measured too.
        const menu = page.getByRole('button', { name: 'Menu' });
        if (await menu.isVisible()) await menu.click();
        for (const details of await page.locator('main details').all()) await details.evaluate((element) => ((element as HTMLDetailsElement).open = true));
        const found = await targets(page);
        expect(found.length).toBeGreaterThan(8);
        const small = found.filter(({ width, height }) => width < min - 0.5 || height < min - 0.5).map(({ label, width, height }) => `${label}: ${width.toFixed(1)} × ${height.toFixed(1)}`);
        expect(small, small.join('\n')).toEqual([]);
      });
    }
  });
}

test.describe('moving along and back up', () => {
  test.use(phone);

  test('previous and next speaker follow the order of /speakers/, from the first to the last', async ({ page }) => {
    test.setTimeout(60_000);
    await page.goto('/speakers/');
    const order = await page.locator('main h2 a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    for (const [index, href] of order.entries()) {
      await page.goto(href);
      const nav = page.getByRole('navigation', { name: 'Other speakers' });
      const previous = nav.locator('a[rel="prev"]');
      const next = nav.locator('a[rel="next"]');
      if (index === 0) await expect(previous).toHaveCount(0);
      else await expect(previous).toHaveAttribute('href', order[index - 1]!);
      if (index === order.length - 1) await expect(next).toHaveCount(0);
      else await expect(next).toHaveAttribute('href', order[index + 1]!);
    }
    await page.goto(order[0]!);
    await page.getByRole('navigation', { name: 'Other speakers' }).getByRole('link', { name: /^Next speaker:/ }).tap();
    await expect(page).toHaveURL(new RegExp(`${order[1]}$`));
  });

  test('"Back to top" appears once the reader has scrolled, and takes them to the top', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/speakers/robert-perez/');
    const back = page.getByRole('link', { name: 'Back to top' });
    await expect(back).not.toBeInViewport();
    await page.evaluate(() => window.scrollTo(0, 1600));
    await expect(back).toBeInViewport();
    const box = await back.boundingBox();
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(844);
    await back.tap();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  });

  test('"Back to top" never shows on a page shorter than the window', async ({ page }) => {
    await page.goto('/about/');
    const scrollable = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    if (scrollable < 844) await expect(page.getByRole('link', { name: 'Back to top' })).not.toBeInViewport();
    // It adds no scrolling of its own.
    const withLink = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.locator('[data-back-to-top]').evaluate((element) => element.remove());
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBe(withLink);
  });
});
