import { createRequire } from 'node:module';
import { expect, test, type Page } from '@playwright/test';
import { THEME_KEY } from '../../lib/theme';
import { hostilePort } from '../../playwright.config';
import { allPages } from './pages';

/**
 * WCAG 2.2 AA (plus axe best practices) on every built page, in light and
 * dark, and with the header search open. axe-core is injected directly:
 * @axe-core/playwright declares Node ≥ 22.
 */
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Rules not enforced, each with its reason. Keep it empty unless a rule
 * cannot apply to this site; a real problem is fixed, not listed here.
 */
const IGNORED: Record<string, string> = {};

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

// The site's CSP allows only its own hashed inline scripts; axe arrives as an inline script tag.
test.use({ bypassCSP: true });

/** The page has hydrated (the header search marks itself once its handlers are live). */
const ready = (page: Page) => page.locator('header form[data-enhanced]').waitFor();

async function axe(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async (values) => {
    const { axe: runner } = window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> } };
    const results = await runner.run(document, { runOnly: { type: 'tag', values }, resultTypes: ['violations'] });
    return results.violations.map(({ id, impact, help, helpUrl, nodes }) => ({
      id,
      impact: impact ?? null,
      help,
      helpUrl,
      nodes: nodes.map(({ target, failureSummary }) => ({ target, failureSummary })),
    }));
  }, TAGS);
  return violations.filter((violation) => !(violation.id in IGNORED));
}

function report(where: string, violations: Violation[]): string[] {
  return violations.map(
    (violation) =>
      `${where}: ${violation.id} (${violation.impact}) ${violation.help} — ${violation.helpUrl}\n` +
      violation.nodes.map((node) => `      ${node.target.map(String).join(' ')}${node.failureSummary ? `\n        ${node.failureSummary.replace(/\n/g, '\n        ')}` : ''}`).join('\n'),
  );
}

/** Every page of out/, plus the search page with results and a page with search terms marked; grouped so two workers share the work. */
const pages = [...allPages(), '/search/?q=border', '/speakers/kim-ogg/?h=border', '/es/search/?q=frontera', '/es/speakers/kim-ogg/?h=frontera'];
const groups: Record<string, string[]> = {};
for (const path of pages) {
  const [, es, kind] = /^\/(es\/)?(speakers|themes|topics)\/./.exec(path) ?? /^\/(es\/)?/.exec(path) ?? [];
  // An insight's own page (/speakers/<slug>/<id>/) is a group of its own: the largest set, shared out.
  const insight = /^\/(es\/)?speakers\/[^/]+\/[^/?]+\/$/.test(path);
  const section = `${es ? 'Spanish ' : ''}${insight ? 'insight' : (kind ?? 'other')}`;
  (groups[section] ??= []).push(path);
}

/** Waits for what a page's query renders after hydration: search results, or marked terms. */
async function settle(page: Page, path: string): Promise<void> {
  if (/^(\/es)?\/search\/\?q=/.test(path)) await page.locator('main ol[aria-label]').waitFor();
  if (path.includes('?h=')) await page.locator('main mark').first().waitFor();
}

/** Pages where the header search is opened and its suggestions checked too. */
const searchOpenPages = ['/', '/speakers/kim-ogg/', '/themes/judicial-reform-and-democracy-in-mexico/', '/search/?q=tariffs'];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} scheme`, () => {
    test.use({ colorScheme });

    for (const [section, all] of Object.entries(groups)) {
      // Insight pages share one template and differ only in text: every one is checked in the light scheme,
      // and in the dark one (the same text, other colours) each speaker's first.
      const paths = colorScheme === 'dark' && section.endsWith('insight') ? all.filter((path, index) => path.split('/').at(-3) !== all[index - 1]?.split('/').at(-3)) : all;
      test(`axe: 0 violations on ${section} pages (${paths.length})`, async ({ page }) => {
        test.setTimeout(30_000 + paths.length * 5_000);
        const problems: string[] = [];
        for (const path of paths) {
          await page.goto(path);
          await ready(page);
          await settle(page, path);
          problems.push(...report(`${path} [${colorScheme}]`, await axe(page)));
        }
        if (problems.length) console.log(problems.join('\n'));
        expect(problems, problems.join('\n')).toEqual([]);
      });
    }

    test('axe: 0 violations with the header search open and showing results', async ({ page }) => {
      test.setTimeout(60_000);
      const problems: string[] = [];
      for (const path of searchOpenPages) {
        await page.goto(path);
        await ready(page);
        const box = page.getByRole('combobox', { name: 'Search the insights' });
        await box.focus();
        await box.fill('');
        await page.keyboard.type('border');
        const listbox = page.getByRole('listbox', { name: 'Search suggestions' });
        await expect(listbox).toBeVisible();
        await expect(listbox.getByRole('option').first()).toBeVisible();
        // And with an option active, as a keyboard user sees it.
        await page.keyboard.press('ArrowDown');
        await expect(box).toHaveAttribute('aria-activedescendant', /.+/);
        problems.push(...report(`${path} + search open [${colorScheme}]`, await axe(page)));
      }
      if (problems.length) console.log(problems.join('\n'));
      expect(problems, problems.join('\n')).toEqual([]);
    });
  });
}

/** A theme chosen with the header toggle, against the device's setting (stored, applied before first paint). */
const themedPages = [
  '/',
  '/speakers/kim-ogg/',
  '/themes/judicial-reform-and-democracy-in-mexico/',
  '/search/?q=border',
  '/speakers/kim-ogg/?h=border',
  '/about/',
  ...(allPages().includes('/figures/') ? ['/figures/', '/es/figures/'] : []),
  '/es/',
  '/es/speakers/kim-ogg/',
  '/es/search/?q=frontera',
];
for (const [device, chosen] of [
  ['light', 'dark'],
  ['dark', 'light'],
] as const) {
  test.describe(`${chosen} theme chosen on a ${device} device`, () => {
    test.use({ colorScheme: device });

    test('axe: 0 violations on key pages', async ({ page }) => {
      test.setTimeout(30_000 + themedPages.length * 5_000);
      await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [THEME_KEY, chosen] as const);
      const problems: string[] = [];
      for (const path of themedPages) {
        await page.goto(path);
        await ready(page);
        await expect(page.locator('html')).toHaveAttribute('data-theme', chosen);
        await settle(page, path);
        problems.push(...report(`${path} [${chosen} chosen, ${device} device]`, await axe(page)));
      }
      if (problems.length) console.log(problems.join('\n'));
      expect(problems, problems.join('\n')).toEqual([]);
    });
  });
}

/** On a phone, lists wrap and targets crowd (WCAG 2.5.8 target size): key pages at 412 × 823, both schemes. */
const phonePages = [
  '/',
  '/speakers/',
  '/speakers/kim-ogg/',
  '/themes/judicial-reform-and-democracy-in-mexico/',
  '/topics/tariffs/',
  '/events/2025-04-30/',
  '/search/?q=border',
  '/about/',
  ...(allPages().includes('/figures/') ? ['/figures/'] : []),
  '/es/',
  '/es/speakers/kim-ogg/',
  '/es/search/?q=frontera',
];
test.describe('phone (412 CSS px)', () => {
  test.use({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe: 0 violations on key pages, ${colorScheme}`, async ({ page }) => {
      test.setTimeout(30_000 + phonePages.length * 5_000);
      await page.emulateMedia({ colorScheme });
      const problems: string[] = [];
      for (const path of phonePages) {
        await page.goto(path);
        await ready(page);
        await settle(page, path);
        problems.push(...report(`${path} [phone, ${colorScheme}]`, await axe(page)));
      }
      if (problems.length) console.log(problems.join('\n'));
      expect(problems, problems.join('\n')).toEqual([]);
    });
  }
});

/** A list's pagination: the real content fits every list on one page, so the hostile fixture's theme (one item a page) shows it. */
test.describe('a paged list', () => {
  test.use({ baseURL: `http://127.0.0.1:${hostilePort}` });
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`${colorScheme} scheme: the pages of a list and their navigation`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      const problems: string[] = [];
      for (const path of ['/themes/hostile/', '/themes/hostile/page/2/', '/es/themes/hostile/page/2/']) {
        await page.goto(path);
        await ready(page);
        problems.push(...report(path, await axe(page)));
      }
      expect(problems).toEqual([]);
    });
  }
});
