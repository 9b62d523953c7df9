import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';

/** The cells of a chart's data table, row by row, after opening its <details>. */
async function tableOf(page: Page, chart: Locator, caption: RegExp): Promise<string[][]> {
  const figure = page.locator('figure', { has: chart });
  await figure.getByText('Data table', { exact: true }).click();
  const table = figure.getByRole('table', { name: caption });
  await expect(table).toBeVisible();
  return table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent?.trim() ?? '')));
}

test('the figures page has its title, heading and canonical URL', async ({ page }) => {
  await page.goto('/figures/');
  await expect(page).toHaveTitle('Key figures · Insights');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Key figures');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/figures\/$/);
});

test('the tariff chart is an image named by its title and data, with a data table of the rates', async ({ page }) => {
  await page.goto('/figures/');
  const chart = page.getByRole('img', { name: /^Tariff rates by country\b/ });
  await expect(chart).toBeVisible();
  await expect(chart).toHaveAccessibleName(/China: 125%; Cambodia: 49%; Vietnam: 46%; Indonesia: 32%; India: 26%; South Korea: 25%\..*10%/);
  expect(await tableOf(page, chart, /^Tariff rates by country/)).toEqual([
    ['China', '125%', '125'],
    ['Cambodia', '49%', '49'],
    ['Vietnam', '46%', '46'],
    ['Indonesia', '32%', '32'],
    ['India', '26%', '26'],
    ['South Korea', '25%', '25'],
    ['Baseline, all countries (dashed line)', '10%', '10'],
  ]);
});

test('the encounters chart shows the 5,000 to 10,000 range against approximately 200, with a data table', async ({ page }) => {
  await page.goto('/figures/');
  const chart = page.getByRole('img', { name: /^Border encounters per day\b/ });
  await expect(chart).toBeVisible();
  await expect(chart).toHaveAccessibleName(/5,000 to 10,000 encounters per day.*approximately 200 encounters per day/);
  expect(await tableOf(page, chart, /^Border encounters per day/)).toEqual([
    ['Over the last four years', '5,000 to 10,000', '5,000–10,000'],
    ['Currently', 'approximately 200', '200'],
  ]);
});

test('chart text is the card text’s size (at least 12px, no larger), and charts fit a 320px screen', async ({ page }) => {
  for (const width of [320, 390, 1440]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/figures/');
    const charts = page.locator('main svg[role="img"]');
    await expect(charts).toHaveCount(2);
    for (const chart of await charts.all()) {
      const { sizes, cardPx, right, textRight } = await chart.evaluate((svg) => {
        const box = svg.getBoundingClientRect();
        // Rendered size: the computed font size times any scaling of the SVG.
        const sizes = [...svg.querySelectorAll('text')].map((text) => Number.parseFloat(getComputedStyle(text).fontSize) * (text.getScreenCTM()?.a ?? 1));
        const caption = svg.closest('figure')?.querySelector('figcaption > span:not(:first-child)');
        return {
          sizes,
          cardPx: caption ? Number.parseFloat(getComputedStyle(caption).fontSize) : 0,
          right: box.right,
          textRight: Math.max(...[...svg.querySelectorAll('text')].map((text) => text.getBoundingClientRect().right)),
        };
      });
      expect(cardPx, `${width}px: the card's body text`).toBeGreaterThan(0);
      expect(Math.min(...sizes), `${width}px`).toBeGreaterThanOrEqual(11.99);
      expect(Math.max(...sizes), `${width}px`).toBeLessThanOrEqual(cardPx + 0.01);
      expect(right, `${width}px`).toBeLessThanOrEqual(width);
      expect(textRight, `${width}px: no label runs out of its chart`).toBeLessThanOrEqual(right + 0.5);
    }
  }
});

test('no chart label is crossed by a line, a bar, a dot or another label (320px, 390px and 1440px)', async ({ page }) => {
  for (const width of [320, 390, 1440]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/figures/');
    for (const chart of await page.locator('main svg[role="img"]').all()) {
      const crossings = await chart.evaluate((svg) => {
        const named = (element: Element) => `${element.tagName} "${element.textContent?.trim() ?? ''}"`;
        const boxes = (selector: string) => [...svg.querySelectorAll(selector)].map((element) => ({ element, box: element.getBoundingClientRect() }));
        const texts = boxes('text');
        const marks = boxes('line, rect, circle, path, polyline');
        // Strictly overlapping; a vertical line has zero width, so it crosses a box it passes through.
        const meet = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        const found: string[] = [];
        texts.forEach((text, index) => {
          for (const other of [...texts.slice(index + 1), ...marks]) if (meet(text.box, other.box)) found.push(`${named(text.element)} × ${named(other.element)}`);
        });
        return found;
      });
      expect(crossings, `${width}px: ${await chart.getAttribute('aria-labelledby')}`).toEqual([]);
    }
  }
});

test('the baseline is a dashed line across the bars only, right of every country, named in a legend', async ({ page }) => {
  for (const width of [320, 1440]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/figures/');
    const chart = page.getByRole('img', { name: /^Tariff rates by country\b/ });
    await expect(chart.locator('text', { hasText: 'Baseline, all countries: 10%' })).toBeVisible();
    const layout = await chart.evaluate((svg) => {
      const dashed = [...svg.querySelectorAll('line[stroke-dasharray]')].map((line) => line.getBoundingClientRect());
      const reference = dashed.reduce((tallest, box) => (box.height > tallest.height ? box : tallest));
      const bars = [...svg.querySelectorAll('rect')].map((rect) => rect.getBoundingClientRect());
      const countries = ['China', 'Cambodia', 'Vietnam', 'Indonesia', 'India', 'South Korea'];
      const labels = [...svg.querySelectorAll('text')].filter((text) => countries.includes(text.textContent ?? '')).map((text) => text.getBoundingClientRect());
      return {
        x: reference.left,
        top: reference.top,
        bottom: reference.bottom,
        labelsRight: Math.max(...labels.map((box) => box.right)),
        labelCount: labels.length,
        barsLeft: Math.min(...bars.map((box) => box.left)),
        barsTop: Math.min(...bars.map((box) => box.top)),
        barsBottom: Math.max(...bars.map((box) => box.bottom)),
      };
    });
    expect(layout.labelCount).toBe(6);
    expect(layout.x, `${width}px: the line is in the plot, not the label column`).toBeGreaterThan(layout.labelsRight);
    expect(layout.x).toBeGreaterThan(layout.barsLeft);
    expect(layout.top, `${width}px`).toBeGreaterThanOrEqual(layout.barsTop - 8);
    expect(layout.bottom, `${width}px`).toBeLessThanOrEqual(layout.barsBottom + 8);
  }
});

test('the 5,000 to 10,000 range is a bar labelled at both ends; approximately 200 is a labelled dot', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/figures/');
  const chart = page.getByRole('img', { name: /^Border encounters per day\b/ });
  const shape = await chart.evaluate((svg) => {
    const box = (element: Element | null | undefined) => element?.getBoundingClientRect();
    const text = (content: string) => box([...svg.querySelectorAll('text')].find((element) => element.textContent === content));
    return { bar: box(svg.querySelector('rect')), dot: box(svg.querySelector('circle')), low: text('5,000'), high: text('10,000'), now: text('approximately 200') };
  });
  const { bar, dot, low, high, now } = shape;
  if (!bar || !dot || !low || !high || !now) throw new Error(`missing marks or labels: ${JSON.stringify(shape)}`);
  // Half of a 288px scale, not a sliver.
  expect(bar.width).toBeGreaterThan(100);
  expect(bar.height).toBeGreaterThanOrEqual(12);
  expect(Math.abs(low.left - bar.left)).toBeLessThanOrEqual(2);
  expect(Math.abs(high.right - bar.right)).toBeLessThanOrEqual(2);
  expect(low.top).toBeGreaterThanOrEqual(bar.bottom);
  expect(dot.width).toBeGreaterThanOrEqual(12);
  expect(now.top).toBeGreaterThanOrEqual(dot.bottom);
  expect(now.left).toBeLessThanOrEqual(dot.right);
});

test('a figure permalink lands below the sticky header and marks the figure', async ({ page }) => {
  await page.goto('/figures/#national-debt');
  const item = page.locator('[id="national-debt"]');
  await expect(item).toBeInViewport();
  await expect.poll(() => item.evaluate((element) => element.matches(':target'))).toBe(true);
  await expect
    .poll(async () => {
      const headerBottom = await page.locator('body > header').evaluate((element) => element.getBoundingClientRect().bottom);
      const top = await item.evaluate((element) => element.getBoundingClientRect().top);
      return top >= headerBottom - 1 && top < 300;
    })
    .toBe(true);
  await expect(item).not.toHaveCSS('box-shadow', 'none');
  await expect(item).toContainText('$36 trillion');
  await expect(item.getByRole('link', { name: 'Link to this figure: U.S. national debt' })).toHaveAttribute('href', '#national-debt');
  const run = page.getByTestId('figure-run').filter({ has: item });
  await expect(run.getByRole('link', { name: 'Congressman Pete Sessions' })).toHaveAttribute('href', '/speakers/pete-sessions/');
  await expect(run.getByRole('paragraph').first()).toHaveText('Cited by Congressman Pete Sessions · Unit U.S. dollars');
});

test('every figure has a permalink, and its Source link resolves to a page and anchor', async ({ page, request }) => {
  await page.goto('/figures/');
  const items = page.locator('main li[id]');
  const count = await items.count();
  expect(count).toBeGreaterThan(30);
  const sources = await page.getByTestId('figure-source').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  expect(sources).toHaveLength(count);
  for (const id of await items.evaluateAll((elements) => elements.map((element) => element.id))) {
    await expect(page.locator(`[id="${id}"] a.heading-anchor`)).toHaveAttribute('href', `#${id}`);
  }
  const pages = new Map<string, string>();
  for (const href of new Set(sources)) {
    const [pathname = '', anchor] = href.split('#');
    let html = pages.get(pathname);
    if (html === undefined) {
      const response = await request.get(pathname);
      expect(response.status(), href).toBe(200);
      html = await response.text();
      pages.set(pathname, html);
    }
    if (anchor) expect(html, href).toContain(`id="${anchor}"`);
  }
});

test('the page lists as many figures as content/figures.yml holds', async ({ page }) => {
  const yaml = readFileSync(path.resolve(import.meta.dirname, '../../content/figures.yml'), 'utf8');
  const entries = yaml.match(/^- id: /gm)?.length ?? 0;
  await page.goto('/figures/');
  await expect(page.locator('main li[id]')).toHaveCount(entries);
});

test('consecutive figures with the same citer and unit name them once, in one caption', async ({ page }) => {
  await page.goto('/figures/');
  const runs = page.getByTestId('figure-run');
  const items = page.locator('main li[id]');
  expect(await runs.count()).toBeLessThan(await items.count());
  // No figure repeats what its run's caption says.
  for (const text of await items.allTextContents()) expect(text).not.toMatch(/Cited by|Unit\b/);
  const tariffs = runs.filter({ has: page.locator('[id="tariff-china"]') });
  await expect(tariffs.locator('li[id]')).toHaveCount(7);
  await expect(tariffs.getByRole('paragraph').first()).toHaveText('Cited by The report · Unit percent');
  // Two figures by one speaker in different units are two runs.
  const sessions = runs.filter({ hasText: 'Cited by Congressman Pete Sessions' });
  await expect(sessions).toHaveCount(4);
});

// When every card repeated its unit, citer and source on lines of their own the page was 11,375px
// at 390×844; grouped and compact it is about 6,700px. Those repeated lines cost about 40px a
// figure (over 1,300px in all), so the bound fails if they come back, yet leaves room for new figures.
const BOUND = 7_500;

test('on a phone the figures page is well under its old 11,375px', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/figures/');
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  test.info().annotations.push({ type: 'figures page height at 390×844', description: `${height}px` });
  expect(height).toBeLessThan(BOUND);
});
