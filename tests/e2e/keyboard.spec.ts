import { expect, test, type Page } from '@playwright/test';
import { allPages } from './pages';

/**
 * Keyboard use: skip link first, every control reachable by Tab, visibly
 * focused and not hidden under the sticky header; the header search is an
 * APG combobox; reduced motion is honoured.
 */

/** The page has hydrated (the header search marks itself once its handlers are live). */
const ready = (page: Page) => page.locator('header form[data-enhanced]').waitFor();

const samplePages = [
  '/',
  '/speakers/kim-ogg/',
  '/themes/judicial-reform-and-democracy-in-mexico/',
  '/search/?q=border',
  ...(allPages().includes('/figures/') ? ['/figures/'] : []),
];

/** Waits until the page stops scrolling (smooth scrolling takes a few frames). */
async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let last = -1;
        let still = 0;
        const started = performance.now();
        const tick = () => {
          const y = window.scrollY;
          still = y === last ? still + 1 : 0;
          last = y;
          if (still >= 3 || performance.now() - started > 1500) resolve();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
}

for (const path of samplePages) {
  test(`${path}: the first Tab reaches "Skip to content", which moves focus to main`, async ({ page }) => {
    await page.goto(path);
    await ready(page);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    const box = await skip.boundingBox();
    expect(box && box.width > 1 && box.height > 1, 'the focused skip link is visible, not a 1px sr-only box').toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
    // The next Tab continues from main, not from the top of the page.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('main, footer'))).toBe(true);
  });

  test(`${path}: every control is reachable by Tab, visibly focused and not under the sticky header`, async ({ page }) => {
    await tabThrough(page, path);
  });
}

/** Tabs through the whole page, checking each focus stop; every rendered control must be reached. */
async function tabThrough(page: Page, path: string): Promise<void> {
  test.setTimeout(120_000);
  await page.goto(path);
  await ready(page);
  if (path.startsWith('/search/?q=')) await page.getByRole('list', { name: 'Search results' }).waitFor();
  if (path.includes('?h=')) await page.locator('main mark').first().waitFor();

  // Number every rendered control that should be in the Tab order.
  const controls = await page.evaluate(() => {
    const selector = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';
    const found: string[] = [];
    document.querySelectorAll<HTMLElement>(selector).forEach((element) => {
      if (!element.checkVisibility({ visibilityProperty: true }) || element.closest('[inert]')) return;
      element.dataset.kbd = String(found.length);
      found.push(`<${element.tagName.toLowerCase()}> "${(element.textContent || element.getAttribute('aria-label') || element.getAttribute('placeholder') || '').trim().slice(0, 50)}"`);
    });
    return found;
  });
  expect(controls.length).toBeGreaterThan(5);

  const reached = new Set<number>();
  const invisible: string[] = [];
  const covered: string[] = [];
  const obscured: string[] = [];
  const strays: string[] = [];
  for (let presses = 0; presses < controls.length + 20; presses++) {
    await page.keyboard.press('Tab');
    await settle(page);
    const state = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      const style = getComputedStyle(element);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
      const header = document.querySelector('body > header');
      const headerStyle = header ? getComputedStyle(header) : null;
      const headerSticky = !!headerStyle && (headerStyle.position === 'sticky' || headerStyle.position === 'fixed');
      const headerBottom = header?.getBoundingClientRect().bottom ?? 0;
      const rect = element.getBoundingClientRect();
      // What paints at the element's top edge: an element stacked above the header (the skip link, z-50) is not hidden by it.
      const probeY = Math.min(Math.max(rect.top + 1, 0), window.innerHeight - 1);
      const probeX = Math.min(Math.max(rect.left + Math.min(rect.width / 2, 8), 0), window.innerWidth - 1);
      const onTop = document.elementFromPoint(probeX, probeY);
      const paintedOver = !!header && !!onTop && header.contains(onTop) && !element.contains(onTop);
      // Entirely hidden by something fixed or sticky (WCAG 2.4.11), e.g. a floating bar: no sample point of it shows.
      const inset = (size: number) => Math.min(2, size / 2);
      const points = [
        [rect.left + rect.width / 2, rect.top + rect.height / 2],
        [rect.left + inset(rect.width), rect.top + inset(rect.height)],
        [rect.right - inset(rect.width), rect.top + inset(rect.height)],
        [rect.left + inset(rect.width), rect.bottom - inset(rect.height)],
        [rect.right - inset(rect.width), rect.bottom - inset(rect.height)],
      ].filter(([x, y]) => x! >= 0 && y! >= 0 && x! < window.innerWidth && y! < window.innerHeight);
      let coveredBy = '';
      const shows = points.some(([x, y]) => {
        const top = document.elementFromPoint(x!, y!);
        if (!top || element.contains(top) || top.contains(element)) return true;
        for (let node: Element | null = top; node; node = node.parentElement) {
          const position = getComputedStyle(node).position;
          if (position === 'fixed' || position === 'sticky') {
            coveredBy ||= `<${node.tagName.toLowerCase()} class="${node.getAttribute('class') ?? ''}">`;
            return false;
          }
        }
        return true;
      });
      return {
        obscuredBy: points.length > 0 && !shows && coveredBy ? coveredBy : '',
        index: element.dataset.kbd === undefined ? -1 : Number(element.dataset.kbd),
        label: `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}> "${(element.textContent || element.getAttribute('aria-label') || '').trim().slice(0, 50)}"`,
        focusVisible: element.matches(':focus-visible'),
        ring: outline || shadow,
        inHeader: !!header?.contains(element),
        headerSticky,
        headerBottom,
        top: rect.top,
        bottom: rect.bottom,
        paintedOver,
      };
    });
    if (!state) break;
    if (state.index >= 0 && reached.has(state.index)) break; // wrapped around
    if (state.index >= 0) reached.add(state.index);
    else strays.push(state.label);
    if (!state.focusVisible || !state.ring) invisible.push(`${state.label} (focus-visible: ${state.focusVisible}, outline/box-shadow: ${state.ring})`);
    if (state.obscuredBy) obscured.push(`${state.label}: entirely hidden by ${state.obscuredBy}`);
    if (state.headerSticky && !state.inHeader && state.top < state.headerBottom - 0.5 && state.paintedOver) {
      covered.push(`${state.label}: top ${state.top.toFixed(1)} < header bottom ${state.headerBottom.toFixed(1)}, header paints over it`);
    }
  }
  const unreached = controls.filter((_, index) => !reached.has(index));
  expect(unreached, `${path}: controls Tab never reaches`).toEqual([]);
  expect(strays, `${path}: focus stops that are not controls (tabindex on non-interactive elements?)`).toEqual([]);
  expect(invisible, `${path}: focused with no visible outline or box-shadow`).toEqual([]);
  expect(covered, `${path}: focused control scrolled under the sticky header`).toEqual([]);
  expect(obscured, `${path}: focused control entirely hidden by a fixed/sticky element`).toEqual([]);
}

test('/speakers/kim-ogg/?h=border (terms marked, floating "Clear highlights" bar): every control reachable and never hidden', async ({ page }) => {
  await tabThrough(page, '/speakers/kim-ogg/?h=border');
});

// At 200% zoom (a 1280 × 800 window is 640 × 400 CSS px) the header is still sticky and takes more of the height.
test.describe('at 640 × 400 CSS px (200% zoom)', () => {
  test.use({ viewport: { width: 640, height: 400 } });
  for (const path of ['/', '/speakers/kim-ogg/']) {
    test(`${path}: every control is reachable by Tab, visibly focused and not under the sticky header`, async ({ page }) => {
      await tabThrough(page, path);
    });
  }
});

test('the header search follows the APG combobox pattern', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  const box = page.getByRole('combobox', { name: 'Search the insights' });
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  const listboxId = await box.getAttribute('aria-controls');
  expect(listboxId).toBeTruthy();
  const listbox = page.locator(`[id="${listboxId}"]`);
  await expect(listbox).toHaveAttribute('role', 'listbox');
  await expect(listbox).toBeHidden();

  await box.focus();
  await page.keyboard.type('border');
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  await expect(listbox).toBeVisible();
  await expect(page.getByRole('listbox', { name: 'Search suggestions' })).toBeVisible();
  const options = listbox.getByRole('option');
  await expect(options.first()).toBeVisible();
  expect(await options.count()).toBeGreaterThan(1);
  await expect(box).not.toHaveAttribute('aria-activedescendant', /.+/);

  for (const expected of [0, 1]) {
    await page.keyboard.press('ArrowDown');
    const active = await box.getAttribute('aria-activedescendant');
    expect(active, `ArrowDown #${expected + 1} sets aria-activedescendant`).toBeTruthy();
    const option = listbox.locator(`[id="${active}"]`);
    await expect(option).toHaveAttribute('role', 'option');
    await expect(option).toHaveAttribute('aria-selected', 'true');
    await expect(options.nth(expected)).toHaveAttribute('aria-selected', 'true');
    await expect(listbox.locator('[role="option"][aria-selected="true"]')).toHaveCount(1);
    // DOM focus stays on the combobox (active descendant, not roving focus).
    await expect(box).toBeFocused();
  }

  await page.keyboard.press('Escape');
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await expect(listbox).toBeHidden();
  await expect(box).not.toHaveAttribute('aria-activedescendant', /.+/);
});

const motionPages = ['/', '/speakers/kim-ogg/', '/themes/judicial-reform-and-democracy-in-mexico/', '/search/?q=border'];

/** Running CSS animations and transitions longer than 10 ms, after opening the header search. */
async function longAnimations(page: Page): Promise<string[]> {
  const box = page.getByRole('combobox', { name: 'Search the insights' });
  await box.focus();
  await page.keyboard.type('border');
  await expect(page.getByRole('listbox', { name: 'Search suggestions' })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  return page.evaluate(() =>
    document
      .getAnimations()
      .filter((animation) => animation.playState === 'running')
      .map((animation) => {
        const timing = animation.effect?.getComputedTiming();
        const duration = typeof timing?.duration === 'number' ? timing.duration : 0;
        const target = animation.effect instanceof KeyframeEffect ? animation.effect.target : null;
        const name = animation instanceof CSSAnimation ? animation.animationName : animation instanceof CSSTransition ? animation.transitionProperty : 'script';
        return { duration, label: `${name} on <${target?.tagName.toLowerCase() ?? '?'} class="${target?.getAttribute('class') ?? ''}"> ${duration} ms` };
      })
      .filter(({ duration }) => duration > 10)
      .map(({ label }) => label),
  );
}

for (const path of motionPages) {
  test(`${path}: prefers-reduced-motion: reduce turns off smooth scrolling and animation`, async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(path);
    await ready(page);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
    expect(await longAnimations(page)).toEqual([]);
  });
}

test('without a reduced-motion preference, scrolling is smooth', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.goto('/');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('smooth');
});
