import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { hostilePort } from '../../playwright.config';
import { getAllSpeakers } from '../../lib/content';
import { SITE_NAME } from '../../lib/site';
import { en } from '../../lib/i18n/en';
import { es } from '../../lib/i18n/es';
import { allPages, builtHtml } from './pages';

const out = path.resolve(import.meta.dirname, '../../out');
const html = (page: string) => readFileSync(path.join(out, page.endsWith('/') ? `${page}index.html` : page), 'utf8');
/** Pages that exist in both languages (the 404 pages are per language, not alternates). */
const englishPages = allPages().filter((page) => !page.startsWith('/es/') && !page.startsWith('/404'));
const spanishPages = allPages().filter((page) => page.startsWith('/es/') && !page.startsWith('/es/404'));

test('every English page has its Spanish page at /es/ in front, and nothing else is Spanish', () => {
  expect(spanishPages).toEqual(englishPages.map((page) => `/es${page}`));
  for (const page of englishPages) expect(html(page), page).toMatch(/^<!DOCTYPE html><html lang="en"/);
  for (const page of spanishPages) expect(html(page), page).toMatch(/^<!DOCTYPE html><html lang="es"/);
});

/** `<link rel="alternate" hreflang>` → path, and the canonical path, of a built page. */
function alternates(page: string): { canonical?: string; languages: Record<string, string> } {
  const text = html(page);
  const languages = Object.fromEntries([...text.matchAll(/<link rel="alternate" hrefLang="([^"]+)" href="([^"]+)"\/>/g)].map(([, lang = '', href = '']) => [lang, new URL(href).pathname]));
  const canonical = /<link rel="canonical" href="([^"]+)"\/>/.exec(text)?.[1];
  return { canonical: canonical && new URL(canonical).pathname, languages };
}

test('hreflang: every page names itself canonical and both languages plus x-default, and each alternate names it back', () => {
  for (const page of [...englishPages, ...spanishPages]) {
    const { canonical, languages } = alternates(page);
    const english = page.replace(/^\/es\//, '/');
    expect(canonical, page).toBe(page);
    expect(languages, page).toEqual({ en: english, es: `/es${english}`, 'x-default': english });
    for (const target of [languages.en!, languages.es!]) expect(alternates(target).languages, `${page} → ${target}`).toEqual(languages);
  }
});

test('Open Graph locale and its alternate, and a Spanish card for a Spanish page', () => {
  for (const [page, locale, alternate] of [
    ['/speakers/kim-ogg/', 'en_US', 'es_MX'],
    ['/es/speakers/kim-ogg/', 'es_MX', 'en_US'],
  ] as const) {
    const text = html(page);
    expect(text).toContain(`<meta property="og:locale" content="${locale}"/>`);
    expect(text).toContain(`<meta property="og:locale:alternate" content="${alternate}"/>`);
  }
  expect(html('/es/speakers/kim-ogg/')).toMatch(/<meta property="og:image" content="[^"]+\/og\/es\/speakers\/kim-ogg\.png"\/>/);
  expect(html('/es/speakers/kim-ogg/')).toContain('<meta property="og:image:alt" content="Ponente: Kim Ogg"/>');
});

test('the sitemap gives each page its language alternates; each language has its feed', () => {
  const sitemap = readFileSync(path.join(out, 'sitemap.xml'), 'utf8');
  expect(sitemap).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
  const entry = /<url>\s*<loc>[^<]*\/es\/speakers\/kim-ogg\/<\/loc>([\s\S]*?)<\/url>/.exec(sitemap)?.[1] ?? '';
  for (const [lang, page] of [['en', '/speakers/kim-ogg/'], ['es', '/es/speakers/kim-ogg/'], ['x-default', '/speakers/kim-ogg/']]) {
    expect(entry).toMatch(new RegExp(`<xhtml:link rel="alternate" hreflang="${lang}" href="[^"]+${page}" />`));
  }
  const feed = readFileSync(path.join(out, 'es/feed.xml'), 'utf8');
  expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="es">');
  expect(feed).toContain('/es/speakers/kim-ogg/#');
  expect(html('/es/')).toContain('<link rel="alternate" type="application/atom+xml" href="http://127.0.0.1:');
});

test('JSON-LD says which language each page and work is in', () => {
  expect(html('/es/speakers/kim-ogg/')).toContain('"inLanguage":"es"');
  expect(html('/es/speakers/kim-ogg/')).not.toContain('"inLanguage":"en","keywords"');
  expect(html('/speakers/kim-ogg/')).toContain('"inLanguage":"en"');
});

test('every English deep link, aliases included, lands on the same section with /es in front', () => {
  for (const speaker of getAllSpeakers()) {
    const spanish = html(`/es${speaker.href}`);
    for (const insight of speaker.insights) {
      for (const id of [insight.id, ...insight.aliases]) expect(spanish, `/es${speaker.href}#${id}`).toContain(` id="${id}"`);
    }
  }
});

test('19 Spanish speaker pages with every insight translated: no fallback notice anywhere in the real content', () => {
  const speakers = spanishPages.filter((page) => /^\/es\/speakers\/[^/]+\/$/.test(page));
  expect(speakers).toHaveLength(getAllSpeakers().length);
  for (const { file, html: text } of builtHtml('out')) expect(text.includes('data-fallback-notice'), file).toBe(false);
});

// ---------------------------------------------------------------------------
// No interface text of one language on the other's pages.

type Texts = string | { [key: string]: Texts };
/** Every literal piece of a dictionary's texts: placeholders split them, and short pieces ("and") prove nothing. */
function pieces(texts: Texts): string[] {
  if (typeof texts === 'string') return texts.split(/\{\w+\}/).map((piece) => piece.trim()).filter((piece) => piece.length >= 4 && /\p{L}{3}/u.test(piece));
  return Object.values(texts).flatMap(pieces);
}
// The site's name is a name in both languages.
const isName = (piece: string) => SITE_NAME.startsWith(piece);
const englishOnly = [...new Set(pieces(en as Texts))].filter((piece) => !pieces(es as Texts).includes(piece) && !isName(piece));
const spanishOnly = [...new Set(pieces(es as Texts))].filter((piece) => !pieces(en as Texts).includes(piece) && !isName(piece));
/** The piece as a whole phrase: "Unit" is not in "United". */
const phrase = (piece: string) => new RegExp(`(?<![\\p{L}\\p{N}])${piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');

/**
 * What a reader sees or hears of a page in its language: text and accessible names, outside elements
 * marked as another language, code (field names of the open data) and text marked not to translate
 * (a citation's BibTeX, RIS and CSL-JSON, which quote the report's English title in data).
 */
function pageText(source: string, lang: string): string {
  const parts: string[] = [];
  const walk = (node: Root | Element, inLang: boolean) => {
    for (const child of node.children) {
      if (child.type === 'text' && inLang) parts.push(child.value);
      if (child.type !== 'element' || ['script', 'style', 'template', 'code'].includes(child.tagName) || child.properties.translate === 'no') continue;
      const own = child.properties.lang;
      const childInLang = own === undefined ? inLang : String(own) === lang;
      if (childInLang) for (const name of ['ariaLabel', 'title', 'placeholder', 'alt']) if (typeof child.properties[name] === 'string') parts.push(child.properties[name]);
      walk(child, childInLang);
    }
  };
  walk(fromHtml(source), true);
  return parts.join('\n');
}

test('no English interface text on a Spanish page, and no Spanish interface text on an English page (checked against the dictionaries)', () => {
  const problems: string[] = [];
  for (const [pages, lang, foreign] of [
    [spanishPages, 'es', englishOnly],
    [englishPages, 'en', spanishOnly],
  ] as const) {
    for (const page of pages) {
      // Addresses in a citation's text (`…/es/speakers/…`) are not words.
      const text = pageText(html(page), lang).replace(/\S*\/\S*/g, '');
      for (const piece of foreign) if (phrase(piece).test(text)) problems.push(`${page}: "${piece}"`);
    }
  }
  expect(problems).toEqual([]);
});

// ---------------------------------------------------------------------------
// In the browser.

test('the language switch goes to the same page, keeping the search query', async ({ page }) => {
  await page.goto('/search/?q=tariffs&type=insight');
  await page.locator('main ol[aria-label]').waitFor();
  await expect(page.locator('[data-language-switch]')).toHaveAccessibleName(es.language.switchLabel);
  await page.locator('[data-language-switch]').click();
  await expect(page).toHaveURL(/\/es\/search\/\?q=tariffs&type=insight$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.locator('#search-page-input')).toHaveValue('tariffs');
  await page.locator('[data-language-switch]').click();
  await expect(page).toHaveURL(/\/search\/\?q=tariffs&type=insight$/);
  await expect(page).not.toHaveURL(/\/es\//);
});

test('the language switch keeps the #section: the same insight is the target in the other language', async ({ page }) => {
  const speaker = getAllSpeakers().find((one) => one.slug === 'kim-ogg')!;
  const insight = speaker.insights.at(-1)!;
  await page.goto(`${speaker.href}#${insight.id}`);
  await page.locator('form[data-enhanced]').first().waitFor();
  await page.locator('[data-language-switch]').click();
  await expect(page).toHaveURL(new RegExp(`/es/speakers/kim-ogg/#${insight.id}$`));
  await expect(page.locator(`[id="${insight.id}"]`)).toBeInViewport();
  expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(insight.id);
});

test('without JavaScript the switch still goes to the same page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/es/themes/judicial-reform-and-democracy-in-mexico/');
  await expect(page.locator('[data-language-switch]')).toHaveAttribute('href', '/themes/judicial-reform-and-democracy-in-mexico/');
  await context.close();
});

test.describe('a browser whose language is Spanish', () => {
  test.use({ locale: 'es-MX' });

  test('is offered the Spanish page once, dismissibly, never redirected', async ({ page }) => {
    await page.goto('/speakers/kim-ogg/?h=border#' + getAllSpeakers().find((one) => one.slug === 'kim-ogg')!.insights[0]!.id);
    await expect(page).toHaveURL(/^[^?]*\/speakers\/kim-ogg\//);
    const offer = page.locator('[data-language-offer]');
    await expect(offer).toBeVisible();
    await expect(offer).toHaveAttribute('lang', 'es');
    await expect(offer.getByRole('link', { name: es.language.offerLink })).toHaveAttribute('href', /^\/es\/speakers\/kim-ogg\/\?h=border#/);
    await offer.getByRole('button', { name: es.language.dismiss }).click();
    await expect(offer).toHaveCount(0);
    await page.reload();
    await page.locator('form[data-enhanced]').first().waitFor();
    await expect(page.locator('[data-language-offer]')).toHaveCount(0);
  });

  test('is not offered anything on a Spanish page', async ({ page }) => {
    await page.goto('/es/');
    await page.locator('form[data-enhanced]').first().waitFor();
    await expect(page.locator('[data-language-offer]')).toHaveCount(0);
  });
});

test('a browser in English is not offered Spanish', async ({ page }) => {
  await page.goto('/');
  await page.locator('form[data-enhanced]').first().waitFor();
  await expect(page.locator('[data-language-offer]')).toHaveCount(0);
});

test.describe('an untranslated insight (fixture with missing: fallback)', () => {
  test.use({ baseURL: `http://127.0.0.1:${hostilePort}` });

  test('shows its English text marked lang="en" with a Spanish notice; the translated one does not', async ({ page }) => {
    await page.goto('/es/speakers/hostile-speaker/');
    const sections = page.locator('section.insight');
    await expect(sections).toHaveCount(2);
    const [translated, untranslated] = [sections.nth(0), sections.nth(1)];
    await expect(translated.locator('[data-fallback-notice]')).toHaveCount(0);
    await expect(translated.locator('h2')).toContainText('en un encabezado');
    await expect(untranslated.locator('[data-fallback-notice]')).toHaveText(es.language.fallbackNotice);
    await expect(untranslated.locator('h2#next_data')).toBeVisible();
    expect(await untranslated.locator('h2#next_data').evaluate((heading) => heading.closest('[lang]')?.getAttribute('lang'))).toBe('en');
    expect(await untranslated.locator('.prose').getAttribute('lang')).toBe('en');
  });
});
