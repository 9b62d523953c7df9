import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssues, type ContentIssue } from '@/lib/content/content-error';
import type { Figure } from '@/lib/content/figures';
import { loadContent } from '@/lib/content/load-content';
import { loadTranslations } from '@/lib/content/load-translations';
import { spanishNumbersWritten } from '@/lib/content/translation-schema';
import { fixtureRoot } from './fixture';

/** The base fixture (two speakers, a theme, an event, three topics) translated in full. */
const COMPLETE: Record<string, string> = {
  'content/speakers/ana-perez.es.md': `---
role: Directora de Fixtures en Example Org
organization: Example Org
summary: Una oradora de prueba.
---

## Aranceles de 10% y títulos
<!-- id: tariffs-at-10-and-quotes-in-titles -->

Pérez señaló un arancel base de 10%.

## Un segundo punto sobre la frontera
<!-- id: a-second-point-on-the-border -->

Pérez describió la frontera.
`,
  'content/speakers/bo-li.es.md': `---
summary: Un orador de prueba sin cargo.
---

## Un punto sobre las fronteras
<!-- id: a-point-on-borders -->

Li habló después de Ana Pérez.
`,
  'content/themes/trade.es.md': `---
title: "Comercio: cambios de política"
summary: Un tema de prueba.
---

Ana Pérez y Bo Li hablaron de comercio.

## Aranceles por país
<!-- id: tariff-rates-by-country -->

Las tasas varían.
`,
  'content/events/2024-12-05.es.md': `---
title: Conferencia de prueba, 5 de diciembre de 2024
location: Washington, D.C.
summary: Un evento de prueba.
---

Ana Pérez habló aquí.
`,
  'content/topics.es.yml': `- id: tariffs
  label: Aranceles
  description: Tasas arancelarias.
- id: border-security
  label: Seguridad fronteriza
  description: La seguridad en la frontera.
- id: rule-of-law
  label: Estado de derecho
  description: Tribunales y pesos y contrapesos.
`,
  'content/figures.es.yml': `- id: national-debt
  label: Deuda nacional de EE. UU.
  display: 36 billones de dólares
`,
  // The base fixture allows English fallbacks; these cases hold it to the default.
  'content/translations.yml': 'missing: error\n',
  'content/glossary.yml': `- en: tariffs
  es: aranceles
- en: border
  es: frontera
`,
};

const FIGURES = [{ id: 'national-debt', value: 36e12, display: '$36 trillion', unit: 'usd' }] as unknown as Figure[];

/** Loads the fixture with the complete translation, changed as a case says; returns the translations and the messages. */
function load(change: Record<string, string | null> = {}) {
  const root = fixtureRoot();
  for (const [file, text] of Object.entries({ ...COMPLETE, ...change })) {
    const absolute = path.join(root, file);
    if (text === null) rmSync(absolute, { force: true });
    else {
      mkdirSync(path.dirname(absolute), { recursive: true });
      writeFileSync(absolute, text);
    }
  }
  const issues: ContentIssue[] = [];
  const translations = loadTranslations(root, loadContent(root), FIGURES, issues);
  return { translations, message: issues.length > 0 ? formatIssues(issues) : '' };
}

const edit = (file: string, from: string, to: string) => ({ [file]: COMPLETE[file]!.replace(from, to) });

describe('the Spanish edition', () => {
  it('loads a complete translation with no error, keyed by the English ids', () => {
    const { translations, message } = load();
    expect(message).toBe('');
    expect(translations.coverage).toEqual({ insights: 3, totalInsights: 3, files: 4, totalFiles: 4 });
    expect([...translations.speakers.get('ana-perez')!.sections.keys()]).toEqual(['tariffs-at-10-and-quotes-in-titles', 'a-second-point-on-the-border']);
    expect(translations.speakers.get('ana-perez')!.sections.get('a-second-point-on-the-border')).toMatchObject({ title: 'Un segundo punto sobre la frontera', markdown: 'Pérez describió la frontera.' });
    expect(translations.themes.get('trade')!.sections.get('tariff-rates-by-country')!.title).toBe('Aranceles por país');
    expect(translations.topics.get('rule-of-law')!.label).toBe('Estado de derecho');
  });

  // Each broken translation, with the exact message an author sees.
  it.each([
    [
      'a section id with no English insight',
      edit('content/speakers/ana-perez.es.md', '<!-- id: a-second-point-on-the-border -->', '<!-- id: a-second-point -->'),
      'content/speakers/ana-perez.es.md:13 id: expected the id of a section of content/speakers/ana-perez.md, got "a-second-point" (nearest: "a-second-point-on-the-border", "tariffs-at-10-and-quotes-in-titles")\n' +
        'content/speakers/ana-perez.md:19 translation: expected this insight translated in content/speakers/ana-perez.es.md (a section with <!-- id: a-second-point-on-the-border -->), got none\n' +
        '2 errors in 2 files',
    ],
    [
      'a heading without its id line',
      edit('content/speakers/bo-li.es.md', '<!-- id: a-point-on-borders -->\n', ''),
      'content/speakers/bo-li.es.md:6 id: expected a line "<!-- id: … -->" naming the English section after the heading, got "Li habló después de Ana Pérez."\n' +
        'content/speakers/bo-li.md:8 translation: expected this insight translated in content/speakers/bo-li.es.md (a section with <!-- id: a-point-on-borders -->), got none\n' +
        '2 errors in 2 files',
    ],
    [
      'a role the English file does not give',
      edit('content/speakers/bo-li.es.md', 'summary:', 'role: Director\nsummary:'),
      'content/speakers/bo-li.es.md:2:7 role: expected no role (content/speakers/bo-li.md gives none), got "Director"\n1 error in 1 file',
    ],
    [
      'a translation with no English file',
      { 'content/speakers/nadie.es.md': '---\nsummary: Nadie.\n---\n' },
      'content/speakers/nadie.es.md:1 file: expected the translation of an English speaker file, got none named content/speakers/nadie.md\n1 error in 1 file',
    ],
    [
      'a figure whose Spanish changes the quantity (a trillion is un billón)',
      edit('content/figures.es.yml', '36 billones de dólares', '36 mil millones de dólares'),
      'content/figures.es.yml:3:12 [0].display: expected the quantity of content/figures.yml\'s "$36 trillion" (36000000000000), got "36 mil millones de dólares", which states 36000000000\n1 error in 1 file',
    ],
    [
      'a glossary term rendered two ways',
      { 'content/glossary.yml': `${COMPLETE['content/glossary.yml']}- en: tariffs\n  es: tarifas\n` },
      'content/glossary.yml:5:7 [2].en: expected one rendering per term, got "tariffs" again (also [0]: tariffs = aranceles)\n1 error in 1 file',
    ],
    [
      'an untranslated event and topic',
      { 'content/events/2024-12-05.es.md': null, 'content/topics.es.yml': COMPLETE['content/topics.es.yml']!.split('- id: rule-of-law')[0]! },
      'content/events/2024-12-05.md:1 translation: expected a Spanish translation of this event, content/events/2024-12-05.es.md, got none\n' +
        'content/topics.es.yml translation: expected the topic "rule-of-law" translated, got none\n' +
        '2 errors in 2 files',
    ],
  ])('refuses %s', (_case, change, message) => {
    expect(load(change).message).toBe(message);
  });

  it('with `missing: fallback`, lets English stand in and counts what is translated', () => {
    const { translations, message } = load({ 'content/speakers/bo-li.es.md': null, 'content/translations.yml': 'missing: fallback\n' });
    expect(message).toBe('');
    expect(translations.coverage).toMatchObject({ insights: 2, totalInsights: 3 });
  });
});

describe('Spanish figures are read the es-MX way', () => {
  it.each([
    ['36 billones de dólares', [36e12]],
    ['1.5 billones de dólares', [1.5e12]],
    ['más de 6 mil millones de dólares al día', [6e9]],
    ['más de 1,500 millones de dólares', [1.5e9]],
    ['más de 10.8 millones', [10.8e6]],
    ['5,000 a 10,000', [5000, 10000]],
    ['125%', [125]],
    ['la mitad', [0.5]],
  ])('%j states %j', (display, numbers) => {
    expect(spanishNumbersWritten(display)).toEqual(numbers);
  });
});
