import { expect, test } from '@playwright/test';

/**
 * Where a deep link lands, its mark (an outline or a ring) is drawn whole:
 * inside the viewport at each side and below the header when the header is
 * sticky. Each case: the link, and the element that carries the mark.
 */
const cases: [name: string, url: string, marked: string][] = [
  ['an insight', '/speakers/pete-sessions/#government-spending-at-32-of-gdp-and-a-debt-that-exceeds-36-trillion', 'section.insight:has(:target)'],
  ['a theme section', '/themes/shifts-in-us-trade-policy/#tariff-rates-by-country', ':target'],
  ['a figure', '/figures/#national-debt', ':target'],
];

const viewports = [
  { width: 320, height: 640 },
  { width: 390, height: 844 },
  { width: 1440, height: 900 },
];

for (const [name, url, marked] of cases) {
  for (const viewport of viewports) {
    test(`the mark of ${name} is fully visible at ${viewport.width}×${viewport.height}`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto(url);
      const element = page.locator(marked);
      await expect(element).toHaveCount(1);
      await expect.poll(() => element.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);
      const mark = await element.evaluate((el) => {
        const style = getComputedStyle(el);
        const outline = style.outlineStyle === 'none' ? -Infinity : Number.parseFloat(style.outlineOffset) + Number.parseFloat(style.outlineWidth);
        // A ring is a box-shadow whose spread (the fourth length) draws outside the box.
        const rings = [...style.boxShadow.matchAll(/(-?[\d.]+)px\s+(-?[\d.]+)px\s+(-?[\d.]+)px\s+(-?[\d.]+)px/g)].map((match) => Number(match[4]));
        const reach = Math.max(outline, ...rings);
        const box = el.getBoundingClientRect();
        const header = document.querySelector('body > header');
        const headerPosition = header ? getComputedStyle(header).position : 'static';
        return {
          reach,
          left: box.left - reach,
          right: box.right + reach,
          top: box.top - reach,
          viewportWidth: document.documentElement.clientWidth,
          // Only a header that stays on screen can cover the mark.
          headerBottom: header && (headerPosition === 'sticky' || headerPosition === 'fixed') ? header.getBoundingClientRect().bottom : 0,
        };
      });
      expect(mark.reach, 'the element is marked').toBeGreaterThan(-Infinity);
      expect(mark.left).toBeGreaterThanOrEqual(0);
      expect(mark.right).toBeLessThanOrEqual(mark.viewportWidth);
      expect(mark.top).toBeGreaterThanOrEqual(mark.headerBottom);
    });
  }
}
