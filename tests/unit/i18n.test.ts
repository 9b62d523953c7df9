import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { counterpartPath } from '@/components/language-switch';
import type { ContentIssue } from '@/lib/content/content-error';
import { summariseConferences, conferenceSummaryText } from '@/lib/content/conference-summary';
import { loadContent } from '@/lib/content/load-content';
import { loadTranslations } from '@/lib/content/load-translations';
import { localizeContent } from '@/lib/content/localize';
import { formatDate } from '@/lib/format';
import { fill, plural } from '@/lib/i18n/dictionary';
import { en } from '@/lib/i18n/en';
import { es } from '@/lib/i18n/es';
import { langOfPath, localizePath, unlocalizePath } from '@/lib/i18n/locales';
import { splitTranslatedQuotation } from '@/lib/i18n/quotation';
import { fixtures } from './fixture';

describe('paths in each language', () => {
  it.each([
    ['/', '/es/'],
    ['/speakers/kim-ogg/', '/es/speakers/kim-ogg/'],
    ['/search/', '/es/search/'],
    ['/feed.xml', '/es/feed.xml'],
  ])('%s ⇄ %s', (english, spanish) => {
    expect(localizePath(english, 'es')).toBe(spanish);
    expect(localizePath(english, 'en')).toBe(english);
    expect(unlocalizePath(spanish)).toBe(english);
    expect(unlocalizePath(english)).toBe(english);
    expect(langOfPath(spanish)).toBe('es');
    expect(langOfPath(english)).toBe('en');
  });

  it.each([
    // An English page whose name starts like the prefix is still English.
    ['/espana/', 'en'],
    ['/es', 'es'],
  ] as const)('%s is %s', (page, lang) => {
    expect(langOfPath(page)).toBe(lang);
  });

  it('refuses a relative path (every link of the site is site-absolute)', () => {
    expect(() => localizePath('speakers/', 'es')).toThrow('localizePath: expected a site path starting with /, got "speakers/"');
  });

  it.each([
    ['/speakers/kim-ogg/', 'es', '/es/speakers/kim-ogg/'],
    ['/es/speakers/kim-ogg/', 'en', '/speakers/kim-ogg/'],
    // Without the trailing slash, as the router may report it.
    ['/es/themes/trade', 'en', '/themes/trade/'],
    ['/', 'es', '/es/'],
    ['/es/', 'en', '/'],
    // The 404 pages' counterpart is the other home page.
    ['/_not-found', 'es', '/es/'],
    ['/es/404', 'en', '/'],
  ] as const)('the language switch on %s goes to %s → %s', (page, to, expected) => {
    expect(counterpartPath(page, to)).toBe(expected);
  });
});

describe('interface texts', () => {
  it.each([
    ['{count} results', { count: 3 }, '3 results'],
    ['{a} and {b}', { a: 'x', b: 'y' }, 'x and y'],
    ['no placeholder', {}, 'no placeholder'],
  ])('fill(%j, %j) → %j', (template, values, expected) => {
    expect(fill(template, values)).toBe(expected);
  });

  it('refuses a placeholder without a value rather than print it', () => {
    expect(() => fill('{count} of {total}', { count: 1 })).toThrow('fill: no value for {total} in "{count} of {total}"');
  });

  it.each([
    [0, '0 resultados', '0 results'],
    [1, '1 resultado', '1 result'],
    [2, '2 resultados', '2 results'],
  ])('plural for %d: %s / %s', (count, spanish, english) => {
    expect(plural(es.search.resultCount, count)).toBe(spanish);
    expect(plural(en.search.resultCount, count)).toBe(english);
  });

  /** Each text's placeholders, by key path: a translation must use exactly the English one's. */
  function placeholders(texts: unknown, prefix = ''): Map<string, string> {
    const found = new Map<string, string>();
    if (typeof texts === 'string') found.set(prefix, [...texts.matchAll(/\{(\w+)\}/g)].map(([, name]) => name).sort().join(','));
    else for (const [key, value] of Object.entries(texts as object)) for (const [at, names] of placeholders(value, `${prefix}.${key}`)) found.set(at, names);
    return found;
  }

  it('the Spanish dictionary fills in every English placeholder, and no other', () => {
    expect(placeholders(es)).toEqual(placeholders(en));
  });

  it('writes dates the es-MX way', () => {
    expect(formatDate('2024-12-05', 'es')).toBe('5 de diciembre de 2024');
    expect(formatDate('2025-04-30', 'es')).toBe('30 de abril de 2025');
    expect(formatDate('2025-04-30', 'en')).toBe('April 30, 2025');
  });

  it.each([
    [['unstated', 'unstated'], 'El informe no indica la conferencia'],
    [['2025-04-30'], 'Conferencia del 30 de abril de 2025'],
    [['2025-04-30', '2025-04-30'], 'Conferencia del 30 de abril de 2025 — las 2 ideas clave'],
    [['2025-04-30', 'unstated', 'unstated', 'unstated'], 'Conferencia del 30 de abril de 2025 — 1 de 4 ideas clave; el informe no lo indica para las demás'],
    [['2024-12-05', 'unstated'], 'Conferencia del 5 de diciembre de 2024 — 1 de 2 ideas clave; el informe no lo indica para la otra'],
  ])('the conference line for %j in Spanish: %s', (conferences, expected) => {
    expect(conferenceSummaryText(summariseConferences(conferences, 'es'))).toBe(expected);
  });

  it.each([
    ['key sectors representing the following «sectores clave que representan lo siguiente» (traducción)', { quotation: 'key sectors representing the following', translation: '«sectores clave que representan lo siguiente» (traducción)' }],
    ['Monterrey, Mexico City, and Querétaro «Monterrey, Ciudad de México y Querétaro» (traducción)', { quotation: 'Monterrey, Mexico City, and Querétaro', translation: '«Monterrey, Ciudad de México y Querétaro» (traducción)' }],
    ['key sectors representing the following', undefined],
  ])('splits the report’s quotation from its translation: %s', (text, expected) => {
    expect(splitTranslatedQuotation(text)).toEqual(expected);
  });
});

describe('the Spanish content, from a partly translated fixture (missing: fallback)', () => {
  const root = path.join(fixtures, 'hostile');
  const english = loadContent(root);
  const issues: ContentIssue[] = [];
  const translations = loadTranslations(root, english, [], issues);
  const spanish = localizeContent(english, translations, 'es');
  const [speaker] = spanish.speakers;
  const [translated, untranslated] = speaker?.insights ?? [];

  it('loads without error', () => {
    expect(issues).toEqual([]);
  });

  it('keeps every id and fact of the English, and links to the Spanish pages', () => {
    expect(speaker?.insights.map(({ id, theme, topics, conference }) => ({ id, theme, topics, conference }))).toEqual(
      english.speakers[0]?.insights.map(({ id, theme, topics, conference }) => ({ id, theme, topics, conference })),
    );
    expect(speaker?.href).toBe('/es/speakers/hostile-speaker/');
    expect(translated?.href).toBe('/es/speakers/hostile-speaker/#alert1-in-a-heading');
    expect(spanish.themes[0]?.href).toBe('/es/themes/hostile/');
    expect(spanish.topics.every((topic) => topic.href.startsWith('/es/topics/'))).toBe(true);
  });

  it('gives a translated section its Spanish text under the English id, rendered as safely as the English', () => {
    // Raw HTML in a heading is dropped, as in English.
    expect(translated).toMatchObject({ lang: 'es', title: '">alert(1) en un encabezado' });
    expect(translated?.headingHtml).toContain('id="alert1-in-a-heading"');
    expect(translated?.bodyHtml).toContain('Texto traducido de la primera sección.');
    expect(translated?.bodyHtml).toContain('href="/es/speakers/hostile-speaker/#alert1-in-a-heading"');
    expect(translated?.bodyHtml).not.toMatch(/<script|javascript:/i);
  });

  it('keeps the English text of an untranslated section, marked English, and the Spanish speaker fields', () => {
    expect(untranslated).toMatchObject({ lang: 'en', id: 'next_data', title: english.speakers[0]?.insights[1]?.title, bodyHtml: english.speakers[0]?.insights[1]?.bodyHtml });
    expect(untranslated?.href).toBe('/es/speakers/hostile-speaker/#next_data');
    expect(speaker).toMatchObject({ lang: 'es', summary: '"></title><script>alert("resumen")</script> resumen en español' });
    // Files with no translation at all stay English.
    expect(spanish.themes[0]?.lang).toBe('en');
    expect(spanish.events[0]?.lang).toBe('en');
  });

  it('counts what is translated', () => {
    expect(translations.coverage).toMatchObject({ insights: 1, totalInsights: 2 });
  });
});
