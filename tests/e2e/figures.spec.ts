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

test('chart text stays at least 12px, and charts fit a 320px screen', async ({ page }) => {
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/figures/');
    const charts = page.locator('main svg[role="img"]');
    await expect(charts).toHaveCount(2);
    for (const chart of await charts.all()) {
      const { fontPx, right } = await chart.evaluate((svg) => {
        const box = svg.getBoundingClientRect();
        const scale = box.width / (svg as SVGSVGElement).viewBox.baseVal.width;
        const sizes = [...svg.querySelectorAll('text')].map((text) => Number.parseFloat(getComputedStyle(text).fontSize) * scale);
        return { fontPx: Math.min(...sizes), right: box.right };
      });
      expect(fontPx, `${width}px`).toBeGreaterThanOrEqual(11.99);
      expect(right, `${width}px`).toBeLessThanOrEqual(width);
    }
  }
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
  await expect(item.getByRole('link', { name: 'Congressman Pete Sessions' })).toHaveAttribute('href', '/speakers/pete-sessions/');
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
