import { expect, test, type Page } from '@playwright/test';

/**
 * The design as a reader gets it: the site's own fonts (from this origin,
 * preloaded), one heading face and one type scale on every page type, no
 * text under 14px, links that stand apart from body text in light and dark,
 * and a home page with one search box that a phone scrolls through quickly.
 */
const TEXT_FACE = 'Source Sans 3 Variable';
const HEADING_FACE = 'Fraunces Variable';
// The type scale's steps in px (app/globals.css: --text-xs and --text-sm are both 14px, then --text-base … --text-5xl).
const SCALE = [14, 17, 19, 22, 26, 32, 40, 48];
/** The home page on a phone was 6,566 px when it stacked the three index pages; the landing page must stay far below. */
const HOME_PHONE_MAX_HEIGHT = 4_600;

const PAGE_TYPES = {
  home: '/',
  'speakers index': '/speakers/',
  speaker: '/speakers/antonio-cuellar/',
  'themes index': '/themes/',
  theme: '/themes/shifts-in-us-trade-policy/',
  event: '/events/2024-12-05/',
  'topics index': '/topics/',
  topic: '/topics/tariffs/',
  figures: '/figures/',
  about: '/about/',
  search: '/search/?q=tariffs',
  'not found': '/no-such-page/',
};

const ready = async (page: Page) => {
  await page.locator('header form[data-enhanced]').waitFor();
  await page.evaluate(() => document.fonts.ready);
};

/** Every visible h1–h4: its family's first name, its size in px, and its level. */
function headings(page: Page) {
  return page.locator('h1, h2, h3, h4').evaluateAll((elements) =>
    elements
      .filter((element) => element.checkVisibility() && !element.closest('.sr-only') && element.getBoundingClientRect().width > 1)
      .map((element) => {
        const style = getComputedStyle(element);
        return {
          level: element.tagName.toLowerCase(),
          text: (element.textContent ?? '').trim().slice(0, 40),
          family: style.fontFamily.split(',')[0]!.replace(/["']/g, '').trim(),
          size: Number.parseFloat(style.fontSize),
        };
      }),
  );
}

test.describe('fonts', () => {
  test('both faces load from this origin, and exactly their two Latin files are preloaded', async ({ page, baseURL }) => {
    const fontRequests: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'font') fontRequests.push(request.url());
    });
    await page.goto('/');
    await ready(page);

    const loaded = await page.evaluate(() => [...document.fonts].filter((face) => face.status === 'loaded').map((face) => face.family.replace(/["']/g, '')));
    expect(loaded).toEqual(expect.arrayContaining([TEXT_FACE, HEADING_FACE]));
    // Nothing else: the faces and, at most, their metric-matched local fallbacks.
    for (const family of loaded) expect([TEXT_FACE, HEADING_FACE, `${TEXT_FACE} Fallback`, `${HEADING_FACE} Fallback`]).toContain(family);
    expect(await page.evaluate(([text, heading]) => document.fonts.check(`16px "${text}"`) && document.fonts.check(`600 32px "${heading}"`), [TEXT_FACE, HEADING_FACE])).toBe(true);

    expect(fontRequests.length).toBeGreaterThan(0);
    for (const url of fontRequests) {
      expect(new URL(url).origin).toBe(new URL(baseURL!).origin);
      expect(new URL(url).pathname).toMatch(/^\/_next\/static\/media\/[\w.-]+\.woff2$/);
    }

    const preloads = await page
      .locator('head link[rel="preload"][as="font"]')
      .evaluateAll((links) => links.map((link) => ({ href: (link as HTMLLinkElement).href, type: link.getAttribute('type'), crossorigin: link.getAttribute('crossorigin') })));
    expect(preloads.map(({ href }) => new URL(href).pathname.split('/').pop()!.replace(/\.[\w-]+\.woff2$/, ''))).toEqual([
      'source-sans-3-core-wght-normal',
      'fraunces-core-wght-normal',
    ]);
    for (const preload of preloads) {
      expect(preload).toMatchObject({ type: 'font/woff2', crossorigin: '' });
      // A preload the page never uses would be a wasted download (and a console warning).
      expect(fontRequests).toContain(preload.href);
    }
  });

  test('body text is set in the text face', async ({ page }) => {
    await page.goto('/about/');
    await ready(page);
    expect(await page.locator('main p').first().evaluate((element) => getComputedStyle(element).fontFamily)).toMatch(new RegExp(`^"?${TEXT_FACE}"?,`));
  });
});

for (const viewport of [
  { name: 'phone', width: 390, height: 844, h1: 32 },
  { name: 'desktop', width: 1440, height: 900, h1: 40 },
]) {
  test.describe(`type scale on a ${viewport.name}`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    for (const [type, url] of Object.entries(PAGE_TYPES)) {
      test(`${type}: headings in the heading face at sizes from the scale; no text under 14px`, async ({ page }) => {
        await page.goto(url);
        await ready(page);
        const found = await headings(page);
        expect(found.some(({ level }) => level === 'h1'), 'a visible h1').toBe(true);
        for (const heading of found) {
          expect(heading.family, `${heading.level} "${heading.text}"`).toBe(HEADING_FACE);
          expect(SCALE, `${heading.level} "${heading.text}" is ${heading.size}px`).toContain(heading.size);
        }
        // Every page title is the same size; the home page's display title is one step up.
        const h1 = found.find(({ level }) => level === 'h1')!;
        expect(h1.size).toBe(type === 'home' ? SCALE[SCALE.indexOf(viewport.h1) + 1] : viewport.h1);

        const small = await page.evaluate(() => {
          const tooSmall: string[] = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const element = node.parentElement;
            if (!node.textContent?.trim() || !element?.checkVisibility({ visibilityProperty: true }) || element.closest('.sr-only, script, style')) continue;
            const size = Number.parseFloat(getComputedStyle(element).fontSize);
            if (size < 14) tooSmall.push(`${size}px: "${node.textContent.trim().slice(0, 40)}"`);
          }
          return tooSmall;
        });
        expect(small).toEqual([]);
      });
    }
  });
}

/** WCAG relative luminance contrast of two computed rgb() colours. */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, b2] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((channel) => {
      const c = Number(channel) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b2;
  };
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme });

    test('links stand apart from body text and read at 4.5:1 or better', async ({ page }) => {
      await page.goto('/');
      await ready(page);
      const colors = await page.evaluate(() => {
        // Computed colours may be oklch(): let a canvas turn them into rgb().
        const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
        const rgb = (value: string) => {
          context.clearRect(0, 0, 1, 1);
          context.fillStyle = value;
          context.fillRect(0, 0, 1, 1);
          const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
          return a === 0 ? 'transparent' : `rgb(${r}, ${g}, ${b})`;
        };
        const color = (element: Element) => rgb(getComputedStyle(element).color);
        const background = (element: Element | null): string => {
          for (; element; element = element.parentElement) {
            const value = rgb(getComputedStyle(element).backgroundColor);
            if (value !== 'transparent') return value;
          }
          return 'rgb(255, 255, 255)';
        };
        const link = document.querySelector('section[aria-labelledby="themes"] h3 a')!;
        const body = document.querySelector('main p')!;
        return { link: color(link), linkBackground: background(link), body: color(document.body), bodyParagraph: color(body), pageBackground: background(document.body) };
      });
      expect(colors.link).not.toBe(colors.body);
      // Not merely different: told apart at a glance (luminance, on top of hue).
      expect(contrast(colors.link, colors.body)).toBeGreaterThanOrEqual(1.5);
      expect(contrast(colors.link, colors.linkBackground)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(colors.link, colors.pageBackground)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(colors.bodyParagraph, colors.pageBackground)).toBeGreaterThanOrEqual(4.5);
    });
  });
}

test.describe('home page', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('has one search box (the header’s) and a phone scrolls it in a few screens', async ({ page }, testInfo) => {
    await page.goto('/');
    await ready(page);
    await expect(page.getByRole('search')).toHaveCount(1);
    await expect(page.locator('header').getByRole('search')).toHaveCount(1);
    await expect(page.locator('input[type="search"], input[name="q"]')).toHaveCount(1);

    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    testInfo.annotations.push({ type: 'home height at 390×844', description: `${height} px` });
    console.log(`Home page height at 390×844: ${height} px (was 6,566 px)`);
    expect(height).toBeLessThanOrEqual(HOME_PHONE_MAX_HEIGHT);
  });

  test('leads with the report, its themes, key figures, speakers and conferences', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The Future of the North American Partnership');
    await expect(page.locator('main')).toContainText('United States–Mexico Chamber of Commerce');
    await expect(page.locator('main')).toContainText('Cámara de Comercio México–Estados Unidos');
    await expect(page.locator('main')).toContainText('December 5, 2024 and April 30, 2025, in Washington, D.C.');
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(['Start with a theme', 'Key figures', 'The speakers', 'The two conferences']);
    // Key figures are the report's values and lead to their entries on /figures/.
    const figure = page.locator('section[aria-labelledby="key-figures"] a[href="/figures/#national-debt"]');
    await expect(figure).toHaveText(/\$36 trillion$/);
    await expect(page.locator('section[aria-labelledby="speakers"] h3 a')).toHaveCount(19);
    await expect(page.locator('section[aria-labelledby="themes"] ol > li')).toHaveCount(10);
  });
});
