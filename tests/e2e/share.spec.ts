import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { allPages, builtHtml } from './pages';

const out = path.resolve(import.meta.dirname, '../../out');
const insight = 'human-trafficking-stash-houses-holding-as-many-as-60-people';

test('Copy link puts exactly the insight’s deep-link URL on the clipboard, and says so without moving the buttons', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/speakers/kim-ogg/');
  await page.locator('header form[data-enhanced]').waitFor();
  const section = page.locator('section.insight', { has: page.locator(`[id="${insight}"]`) });
  const copy = section.getByRole('button', { name: /^Copy link/ });
  const share = section.getByRole('button', { name: /^Share/ });
  const boxes = async () => [await copy.boundingBox(), await share.boundingBox(), await section.locator('.prose').boundingBox()];
  await copy.scrollIntoViewIfNeeded();
  const before = await boxes();
  await copy.click();
  await expect(section.getByRole('status')).toHaveText('Link copied');
  await expect(section.getByRole('status')).toBeVisible();
  expect(await boxes()).toEqual(before);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/speakers/kim-ogg/#${insight}`);
});

test('no control names an insight in quotation marks: its title is the site’s words, not the report’s', async ({ page }) => {
  await page.goto('/speakers/kim-ogg/');
  const names = await page.locator('button, [aria-label]').evaluateAll((elements) => elements.map((element) => element.getAttribute('aria-label') ?? element.textContent ?? ''));
  expect(names.length).toBeGreaterThan(8);
  expect(names.filter((name) => /[“”"]/.test(name))).toEqual([]);
  await expect(page.getByRole('button', { name: 'Copy link to Human trafficking stash houses holding as many as 60 people' })).toHaveCount(1);
});

test('Share falls back to copying the insight page’s URL where the Web Share API is missing', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.addInitScript(() => Object.defineProperty(navigator, 'share', { value: undefined }));
  await page.goto('/speakers/antonio-cuellar/');
  await page.locator('header form[data-enhanced]').waitFor();
  await page.getByRole('button', { name: /^Share/ }).first().click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/speakers/antonio-cuellar/concentration-of-power-under-morena-erodes-business-confidence/`);
});

test('Share hands the Web Share API the title, who said it and the insight page’s URL (its preview is the insight’s card), with no quotation marks', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { shared: unknown[] }).shared = [];
    Object.defineProperty(navigator, 'share', {
      value: (data: unknown) => {
        (window as unknown as { shared: unknown[] }).shared.push(data);
        return Promise.resolve();
      },
    });
  });
  await page.goto('/speakers/antonio-cuellar/');
  await page.locator('header form[data-enhanced]').waitFor();
  await page.getByRole('button', { name: /^Share/ }).first().click();
  await expect(page.getByRole('status').filter({ hasText: 'Shared' })).toBeVisible();
  const shared = await page.evaluate(() => (window as unknown as { shared: { title: string; url: string; text: string }[] }).shared);
  expect(shared).toHaveLength(1);
  expect(shared[0]?.url).toMatch(/\/speakers\/antonio-cuellar\/concentration-of-power-under-morena-erodes-business-confidence\/$/);
  expect(shared[0]?.title).toBe('Concentration of power under Morena erodes business confidence');
  expect(shared[0]?.text).toBe('Concentration of power under Morena erodes business confidence — Antonio Cuéllar');
  expect(`${shared[0]?.title} ${shared[0]?.text}`).not.toMatch(/[“”"]/);
});

test('an old #id kept as an alias lands on the renamed insight and marks it', async ({ page }) => {
  await page.goto('/speakers/kim-ogg/#crimes-committed-in-the-us-by-foreign-nationals');
  await expect(page).toHaveURL(/#crime-and-international-law-when-foreign-nationals-commit-crimes-in-the-us$/);
  const heading = page.locator('[id="crime-and-international-law-when-foreign-nationals-commit-crimes-in-the-us"]');
  await expect(heading).toBeInViewport();
  await expect.poll(() => heading.evaluate((element) => element.matches(':target'))).toBe(true);
});

test('a text fragment link scrolls the quoted words into view below the header', async ({ page }) => {
  await page.goto('/speakers/kim-ogg/#:~:text=stash%20houses%20holding');
  const paragraph = page.locator('main p', { hasText: 'stash houses holding as many as 60 people' }).first();
  await expect(paragraph).toBeInViewport();
  const headerBottom = await page.locator('body > header').evaluate((element) => element.getBoundingClientRect().bottom);
  expect(await paragraph.evaluate((element) => element.getBoundingClientRect().bottom)).toBeGreaterThan(headerBottom);
});

test('the table of contents marks the section being read', async ({ page }) => {
  await page.goto(`/speakers/kim-ogg/#${insight}`);
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await expect(toc.getByRole('link', { name: 'Human trafficking stash houses holding as many as 60 people' })).toHaveAttribute('aria-current', 'location');
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(toc.locator('[aria-current="location"]')).toHaveText(/Crime and international law/);
});

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (file: string) => {
  const bytes = readFileSync(file);
  return { signature: bytes.subarray(1, 4).toString(), width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
};

test('every page has its own 1200×630 Open Graph image, title, description and canonical URL', () => {
  const images = new Set<string>();
  for (const { file, html } of builtHtml('out')) {
    // 404s, and the pages at an insight's former id (they only send the reader on), are not shared.
    if (file.includes('404') || file.includes('_not-found') || html.includes('<meta http-equiv="refresh"')) continue;
    const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
    expect(image, file).toBeDefined();
    const imagePath = new URL(image ?? '').pathname;
    expect(pngSize(path.join(out, imagePath)), `${file} → ${imagePath}`).toEqual({ signature: 'PNG', width: 1200, height: 630 });
    expect(images.has(imagePath), `${file} shares ${imagePath}`).toBe(false);
    images.add(imagePath);
    for (const tag of ['og:title', 'og:description', 'og:url']) expect(html, `${file} ${tag}`).toContain(`<meta property="${tag}"`);
    for (const tag of ['twitter:card', 'twitter:image', 'description']) expect(html, `${file} ${tag}`).toContain(`<meta name="${tag}"`);
    expect(html, file).toMatch(/<link rel="canonical" href="[^"]+"/);
  }
});

test('the sitemap lists every page in out/, and robots.txt, the manifest, icons and the feed exist', async ({ request }) => {
  const sitemap = readFileSync(path.join(out, 'sitemap.xml'), 'utf8');
  const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url = '']) => new URL(url).pathname).sort();
  expect(listed).toEqual(allPages().filter((page) => !/^(\/es)?\/404/.test(page)));
  expect((await request.get('/robots.txt')).ok()).toBe(true);
  expect(await (await request.get('/robots.txt')).text()).toContain('Sitemap:');
  const manifest = (await (await request.get('/manifest.webmanifest')).json()) as { icons: unknown[] };
  expect(manifest.icons).toHaveLength(2);
  for (const icon of ['/favicon.ico', '/icon-192.png', '/icon-512.png', '/apple-touch-icon.png']) expect((await request.get(icon)).status(), icon).toBe(200);
  const feed = await (await request.get('/feed.xml')).text();
  expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">');
  expect((feed.match(/<entry>/g) ?? []).length).toBeGreaterThanOrEqual(50);
});

const ldTypes = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].flatMap(([, json = '']) => {
    const data = JSON.parse(json) as { '@type'?: string; '@graph'?: { '@type': string }[] };
    return data['@graph'] ? data['@graph'].map((node) => node['@type']) : [data['@type']];
  });

test('JSON-LD parses on every page and has the expected schema.org types', () => {
  const expected: [RegExp, string[]][] = [
    [/^out\/speakers\/kim-ogg\/index\.html$/, ['Person', 'CreativeWork', 'BreadcrumbList']],
    [/^out\/events\/2025-04-30\/index\.html$/, ['Event', 'BreadcrumbList']],
    [/^out\/themes\/[^/]+\/index\.html$/, ['Article', 'BreadcrumbList']],
    [/^out\/topics\/[^/]+\/index\.html$/, ['CollectionPage', 'BreadcrumbList']],
    [/^out\/index\.html$/, ['WebSite']],
    [/^out\/speakers\/[^/]+\/[^/]+\/index\.html$/, ['CreativeWork', 'Person', 'BreadcrumbList']],
  ];
  for (const { file, html } of builtHtml('out')) {
    // 404s, and the pages at an insight's former id (they only send the reader on), are not shared.
    if (file.includes('404') || file.includes('_not-found') || html.includes('<meta http-equiv="refresh"')) continue;
    const types = ldTypes(html);
    expect(types.length, file).toBeGreaterThan(0);
    for (const [pattern, wanted] of expected) if (pattern.test(file)) for (const type of wanted) expect(types, file).toContain(type);
  }
});

test('print shows the reading, not the chrome, with link URLs', async ({ page }) => {
  await page.goto('/speakers/kim-ogg/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('body > header')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'On this page' })).toBeHidden();
  await expect(page.getByRole('button').first()).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const after = await page.locator('main .prose a[href^="/"]').first().evaluate((link) => getComputedStyle(link, '::after').content);
  expect(after).toContain('/speakers/');
  expect(await page.locator('section.insight').first().evaluate((element) => getComputedStyle(element).breakInside)).toBe('avoid');
});

const background = (page: import('@playwright/test').Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test('the theme toggle remembers the choice and applies it before first paint', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const light = await background(page);
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  const dark = await background(page);
  expect(dark).not.toBe(light);
  // Record the page's theme and colour at the first animation frame, i.e. before the first paint.
  await page.addInitScript(() => {
    requestAnimationFrame(() => {
      (window as unknown as { firstFrame: string }).firstFrame = `${document.documentElement.dataset.theme} ${getComputedStyle(document.body).backgroundColor}`;
    });
  });
  await page.reload();
  const firstFrame = () => page.evaluate(() => (window as unknown as { firstFrame: string }).firstFrame);
  await expect.poll(firstFrame).toBe(`dark ${dark}`);
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'System theme' }).click();
  await page.reload();
  await expect.poll(firstFrame).toBe(`undefined ${light}`);
});

test('without a choice the theme follows the system', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/about/');
  const light = await background(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await background(page)).not.toBe(light);
});
