import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CiteControl } from '@/components/cite-control';
import { smallControlClass } from '@/components/control-styles';
import { citationEntries, citations, citationsHref, type Citation, type CitationEntry, type CitationId, type CitedPage } from '@/lib/cite';
import { latex } from '@/lib/cite/bibtex';
import { citedWork } from '@/lib/cite/work';
import { getAllSpeakers } from '@/lib/content';
import { en } from '@/lib/i18n/en';
import { es } from '@/lib/i18n/es';
import { LANGS, localizePath } from '@/lib/i18n/locales';
import { routes } from '@/lib/routes';
import { absoluteUrl } from '@/lib/site';
import { writeCitationFiles } from '@/lib/site-outputs/citation-files';
import { fixtureRoot } from './fixture';

// The control reads its page's texts with t(), which a route sets up; here, the Spanish ones.
vi.mock('@/lib/i18n/page-lang', () => ({ t: () => es }));

// Citation.js (test-only devDependencies) ships no types: its CommonJS entry, typed by what the tests use.
interface CslItem {
  type?: string;
  title?: string;
  author?: { literal?: string; family?: string; given?: string }[];
  publisher?: string;
  issued?: { 'date-parts'?: number[][] };
  accessed?: { 'date-parts'?: number[][] };
  URL?: string;
  language?: string;
  [field: string]: unknown;
}
const require = createRequire(import.meta.url);
const { Cite, plugins } = require('@citation-js/core') as {
  Cite: new (input: string | object, options?: { forceType?: string }) => { data: CslItem[] };
  plugins: { config: { get: (name: string) => { parse: { strict: boolean } } } };
};
require('@citation-js/plugin-bibtex');
require('@citation-js/plugin-ris');
// A BibTeX syntax error throws rather than being skipped with a warning.
plugins.config.get('@bibtex').parse.strict = true;

const parseBibtex = (text: string) => new Cite(text, { forceType: '@biblatex/text' }).data;
const parseRis = (text: string) => new Cite(text, { forceType: '@ris/file' }).data;

/**
 * The CSL-JSON input schema's rules for what lib/cite/csl-json.ts writes, written from the CSL 1.0.2
 * specification (appendix IV, variables): an array of items with `type` and `id`, no field outside
 * the specification, names as name-variables, dates as date-parts of one to three numbers.
 */
const nameVariable = {
  type: 'object',
  properties: { family: { type: 'string' }, given: { type: 'string' }, literal: { type: 'string' } },
  additionalProperties: false,
};
const dateVariable = {
  type: 'object',
  properties: { 'date-parts': { type: 'array', minItems: 1, maxItems: 2, items: { type: 'array', minItems: 1, maxItems: 3, items: { type: 'integer' } } } },
  required: ['date-parts'],
  additionalProperties: false,
};
const cslDataSchema = {
  type: 'array',
  items: {
    type: 'object',
    properties: {
      id: { type: ['string', 'number'] },
      type: { enum: ['report', 'webpage', 'document'] },
      author: { type: 'array', items: nameVariable },
      title: { type: 'string' },
      'translated-title': { type: 'string' },
      publisher: { type: 'string' },
      issued: dateVariable,
      accessed: dateVariable,
      URL: { type: 'string', format: 'uri' },
      language: { type: 'string', pattern: '^[a-z]{2}(-[A-Z]{2})?$' },
    },
    required: ['id', 'type'],
    additionalProperties: false,
  },
};
const validateCsl = new Ajv({ allErrors: true, allowUnionTypes: true, formats: { uri: (value: string) => URL.canParse(value) } }).compile(cslDataSchema);

const english: CitedPage = { lang: 'en', url: 'https://insights.example.org/speakers/kim-ogg/', accessed: '2026-03-03' };
const spanish: CitedPage = { lang: 'es', url: 'https://insights.example.org/es/speakers/kim-ogg/a-point/', accessed: '2026-03-03' };

const EN_TITLE = 'The Future of the North American Partnership: Key Insights from the USMCOC Binational Conferences';
const ES_TITLE = 'El futuro de la asociación de América del Norte: Ideas clave de las conferencias binacionales de la USMCOC';
const EN_URL = english.url;
const ES_URL = spanish.url;

const expected: Record<'en' | 'es', Record<CitationId, string>> = {
  en: {
    apa: `United States–Mexico Chamber of Commerce. (2025). The future of the North American partnership: Key insights from the USMCOC binational conferences. ${EN_URL}`,
    'chicago-note': `United States–Mexico Chamber of Commerce, ${EN_TITLE} (United States–Mexico Chamber of Commerce, 2025), accessed March 3, 2026, ${EN_URL}.`,
    'chicago-bibliography': `United States–Mexico Chamber of Commerce. ${EN_TITLE}. United States–Mexico Chamber of Commerce, 2025. Accessed March 3, 2026. ${EN_URL}.`,
    mla: `${EN_TITLE}. United States–Mexico Chamber of Commerce, 2025, insights.example.org/speakers/kim-ogg/. Accessed 3 Mar. 2026.`,
    bibtex: `@techreport{usmcoc2025-speakers-kim-ogg,
  author = {{United States--Mexico Chamber of Commerce}},
  title = {{${EN_TITLE}}},
  type = {Report},
  institution = {United States--Mexico Chamber of Commerce},
  year = {2025},
  url = {${EN_URL}},
  urldate = {2026-03-03},
  langid = {english}
}
`,
    ris: `TY  - RPRT
AU  - United States–Mexico Chamber of Commerce
TI  - ${EN_TITLE}
PY  - 2025
PB  - United States–Mexico Chamber of Commerce
UR  - ${EN_URL}
Y2  - 2026/03/03
LA  - en
ER  - 
`,
    'csl-json': `[
  {
    "id": "usmcoc2025-speakers-kim-ogg",
    "type": "report",
    "author": [
      {
        "literal": "United States–Mexico Chamber of Commerce"
      }
    ],
    "title": "${EN_TITLE}",
    "publisher": "United States–Mexico Chamber of Commerce",
    "issued": {
      "date-parts": [
        [
          2025
        ]
      ]
    },
    "accessed": {
      "date-parts": [
        [
          2026,
          3,
          3
        ]
      ]
    },
    "URL": "${EN_URL}",
    "language": "en"
  }
]
`,
  },
  es: {
    apa: `Cámara de Comercio México–Estados Unidos. (2025). The future of the North American partnership: Key insights from the USMCOC binational conferences [${ES_TITLE}]. ${ES_URL}`,
    'chicago-note': `Cámara de Comercio México–Estados Unidos, ${EN_TITLE} [${ES_TITLE}] (Cámara de Comercio México–Estados Unidos, 2025), consultado el 3 de marzo de 2026, ${ES_URL}.`,
    'chicago-bibliography': `Cámara de Comercio México–Estados Unidos. ${EN_TITLE} [${ES_TITLE}]. Cámara de Comercio México–Estados Unidos, 2025. Consultado el 3 de marzo de 2026. ${ES_URL}.`,
    mla: `${EN_TITLE} [${ES_TITLE}]. Cámara de Comercio México–Estados Unidos, 2025, insights.example.org/es/speakers/kim-ogg/a-point/. Consultado el 3 de marzo de 2026.`,
    bibtex: `@techreport{usmcoc2025-es-speakers-kim-ogg-a-point,
  author = {{C{\\'a}mara de Comercio M{\\'e}xico--Estados Unidos}},
  title = {{${EN_TITLE}}},
  type = {Informe},
  institution = {C{\\'a}mara de Comercio M{\\'e}xico--Estados Unidos},
  year = {2025},
  url = {${ES_URL}},
  urldate = {2026-03-03},
  langid = {english}
}
`,
    ris: `TY  - RPRT
AU  - Cámara de Comercio México–Estados Unidos
TI  - ${EN_TITLE}
PY  - 2025
PB  - Cámara de Comercio México–Estados Unidos
UR  - ${ES_URL}
Y2  - 2026/03/03
LA  - en
ER  - 
`,
    'csl-json': `[
  {
    "id": "usmcoc2025-es-speakers-kim-ogg-a-point",
    "type": "report",
    "author": [
      {
        "literal": "Cámara de Comercio México–Estados Unidos"
      }
    ],
    "title": "${EN_TITLE}",
    "translated-title": "${ES_TITLE}",
    "publisher": "Cámara de Comercio México–Estados Unidos",
    "issued": {
      "date-parts": [
        [
          2025
        ]
      ]
    },
    "accessed": {
      "date-parts": [
        [
          2026,
          3,
          3
        ]
      ]
    },
    "URL": "${ES_URL}",
    "language": "en"
  }
]
`,
  },
};

const byId = (list: Citation[], id: CitationId): Citation => {
  const citation = list.find((entry) => entry.id === id);
  if (!citation) throw new Error(`no ${id} citation`);
  return citation;
};

const pages = { en: english, es: spanish };
const table = LANGS.flatMap((lang) => (Object.keys(expected[lang]) as CitationId[]).map((id) => [lang, id] as const));

describe('citations of a page', () => {
  it.each(table)('%s %s is exactly the expected text', (lang, id) => {
    expect(byId(citations(pages[lang]), id).text).toBe(expected[lang][id]);
  });

  it('offers every format, in order, with the dictionary’s labels', () => {
    for (const lang of LANGS) {
      const list = citations(pages[lang]);
      expect(list.map((citation) => citation.id)).toEqual(['apa', 'chicago-note', 'chicago-bibliography', 'mla', 'bibtex', 'ris', 'csl-json']);
      expect(list.map((citation) => citation.label)).toEqual(Object.values((lang === 'en' ? en : es).cite.formats));
    }
  });

  it('names the report as its cover does, in the page’s language, and keeps APA’s sentence case the same words', () => {
    expect(citedWork(english).author).toBe(en.home.publisher);
    expect(citedWork(spanish).author).toBe(es.home.publisher);
    expect(en.home.publisher).toBe('United States–Mexico Chamber of Commerce');
    expect(es.home.publisher).toBe('Cámara de Comercio México–Estados Unidos');
    expect(citedWork(english).sentenceTitle.toLowerCase()).toBe(citedWork(english).title.toLowerCase());
    expect(citedWork(english).translatedTitle).toBeUndefined();
  });

  it('sets the title in italics, marked English on a Spanish page', () => {
    const apa = byId(citations(spanish), 'apa');
    expect(apa.runs.filter((run) => run.italic)).toEqual([{ text: 'The future of the North American partnership: Key insights from the USMCOC binational conferences', italic: true, lang: 'en' }]);
  });

  it('leaves the access date out where the page has none', () => {
    const list = citations({ lang: 'en', url: EN_URL });
    expect(byId(list, 'chicago-note').text).toBe(`United States–Mexico Chamber of Commerce, ${EN_TITLE} (United States–Mexico Chamber of Commerce, 2025), ${EN_URL}.`);
    expect(byId(list, 'mla').text).toBe(`${EN_TITLE}. United States–Mexico Chamber of Commerce, 2025, insights.example.org/speakers/kim-ogg/.`);
    expect(byId(list, 'bibtex').text).not.toContain('urldate');
    expect(byId(list, 'ris').text).not.toContain('Y2');
    expect(Object.keys((JSON.parse(byId(list, 'csl-json').text) as object[])[0] ?? {})).not.toContain('accessed');
  });

  it('offers the data formats as files beside the page, saved under the citation key', () => {
    expect(citations(spanish).flatMap((citation) => (citation.file ? [citation.file] : []))).toEqual([
      { extension: 'bib', mime: 'application/x-bibtex', href: '/es/speakers/kim-ogg/a-point/citation.bib', name: 'usmcoc2025-es-speakers-kim-ogg-a-point.bib' },
      { extension: 'ris', mime: 'application/x-research-info-systems', href: '/es/speakers/kim-ogg/a-point/citation.ris', name: 'usmcoc2025-es-speakers-kim-ogg-a-point.ris' },
      { extension: 'json', mime: 'application/vnd.citationstyles.csl+json', href: '/es/speakers/kim-ogg/a-point/citation.json', name: 'usmcoc2025-es-speakers-kim-ogg-a-point.json' },
    ]);
  });
});

describe('each data format parses', () => {
  // BibTeX has no literal names: the braced corporate name comes back whole, as one unsplit family name.
  // RIS keeps it literal, and says the work's language.
  it.each(
    LANGS.flatMap((lang) => [
      { lang, format: 'BibTeX', id: 'bibtex' as const, parse: parseBibtex, author: { family: citedWork(pages[lang]).author }, extra: {} },
      { lang, format: 'RIS', id: 'ris' as const, parse: parseRis, author: { literal: citedWork(pages[lang]).author }, extra: { language: 'en' } },
    ]),
  )('$format ($lang) reads back as the report', ({ lang, id, parse, author, extra }) => {
    const [item, ...rest] = parse(byId(citations(pages[lang]), id).text);
    expect(rest).toEqual([]);
    expect(item).toMatchObject({
      type: 'report',
      author: [author],
      title: EN_TITLE,
      publisher: citedWork(pages[lang]).author,
      issued: { 'date-parts': [[2025]] },
      accessed: { 'date-parts': [[2026, 3, 3]] },
      URL: pages[lang].url,
      ...extra,
    });
  });

  it('BibTeX escapes LaTeX’s specials, so a parser reads the text back', () => {
    const text = 'Rates of 10% & $36 trillion: #1 a_b {x} ~y^ \\z – Querétaro — Peña';
    expect(latex(text)).toBe('Rates of 10\\% \\& \\$36 trillion: \\#1 a\\_b \\{x\\} \\textasciitilde{}y\\textasciicircum{} \\textbackslash{}z -- Quer{\\\'e}taro --- Pe{\\~n}a');
    const [item] = parseBibtex(`@techreport{k,\n  author = {X},\n  title = {${latex(text)}},\n  institution = {X},\n  year = {2025}\n}\n`);
    expect(item?.title).toBe(text);
  });

  it.each(LANGS)('CSL-JSON (%s) follows the CSL-JSON schema, and Citation.js reads it unchanged', (lang) => {
    const data: unknown = JSON.parse(byId(citations(pages[lang]), 'csl-json').text);
    expect(validateCsl(data) ? [] : validateCsl.errors).toEqual([]);
    expect(new Cite(data as object).data).toMatchObject(data as object);
  });

  it('the schema check catches what CSL-JSON forbids', () => {
    expect(validateCsl([{ id: 'x', type: 'report', author: [{ name: 'Chamber' }] }])).toBe(false);
    expect(validateCsl([{ id: 'x', type: 'report', issued: '2025' }])).toBe(false);
    expect(validateCsl([{ id: 'x', type: 'report', url: 'https://example.org/' }])).toBe(false);
  });
});

describe('the Cite control', () => {
  const html = renderToStaticMarkup(createElement(CiteControl, { page: spanish }));

  it('is a disclosure that opens without JavaScript, in the page’s language', () => {
    expect(html).toMatch(/^<details[^>]*><summary[^>]*>Citar<\/summary>/);
  });

  it('carries no citation text: its formats are fetched from cite.json beside the page when it opens', () => {
    expect(citationsHref(spanish)).toBe('/es/speakers/kim-ogg/a-point/cite.json');
    for (const { text } of citations(spanish)) expect(html).not.toContain(text.split('\n')[0]?.replace(/"/g, '&quot;').slice(0, 40));
    expect(html).not.toContain('<pre');
    expect(html).not.toContain('<button');
  });

  it('links each data format’s file beside the page, as a download under the citation key', () => {
    const links = [...html.matchAll(/<a href="([^"]*)" download="([^"]*)" type="([^"]*)"[^>]*>([^<]*)<\/a>/g)].map((match) => match.slice(1));
    const page = '/es/speakers/kim-ogg/a-point/';
    const key = 'usmcoc2025-es-speakers-kim-ogg-a-point';
    expect(links).toEqual([
      [`${page}citation.bib`, `${key}.bib`, 'application/x-bibtex', 'Descargar .bib'],
      [`${page}citation.ris`, `${key}.ris`, 'application/x-research-info-systems', 'Descargar .ris'],
      [`${page}citation.json`, `${key}.json`, 'application/vnd.citationstyles.csl+json', 'Descargar .json'],
    ]);
  });

  it('gives every control a 24 px target, 44 px on a coarse pointer', () => {
    expect(smallControlClass).toMatch(/min-h-6 min-w-6 .*pointer-coarse:min-h-11 pointer-coarse:min-w-11/);
    for (const control of html.match(/<(button|a) [^>]*>/g) ?? []) expect(control).toContain(smallControlClass);
    expect(html).toMatch(/<summary class="[^"]*py-0\.5[^"]*pointer-coarse:py-3/);
  });
});

describe('the Cite panel’s formats (cite.json)', () => {
  const entries = citationEntries(citations(spanish), 'es');

  it('gives every format its label, its text in runs (the title in italics) and a Copy button named for it', () => {
    expect(entries.map((entry) => [entry.id, entry.label, entry.copyName])).toEqual(
      citations(spanish).map((citation) => [citation.id, citation.label, `Copiar la cita ${citation.label}`]),
    );
    expect(entries.map((entry) => entry.runs)).toEqual(citations(spanish).map((citation) => citation.runs));
    expect(entries[0]?.runs).toContainEqual({ text: 'The future of the North American partnership: Key insights from the USMCOC binational conferences', italic: true, lang: 'en' });
  });

  it('gives the data formats, and only those, their download and its link text', () => {
    expect(entries.map((entry) => entry.download?.label)).toEqual([undefined, undefined, undefined, undefined, 'Descargar .bib', 'Descargar .ris', 'Descargar .json']);
    expect(entries[4]?.download).toMatchObject({ href: '/es/speakers/kim-ogg/a-point/citation.bib', name: 'usmcoc2025-es-speakers-kim-ogg-a-point.bib', mime: 'application/x-bibtex' });
  });
});

describe('writeCitationFiles', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('writes citation.bib, .ris, .json and the panel’s cite.json beside every speaker and insight page in both languages, and each parses', () => {
    vi.stubEnv('INSIGHTS_CONTENT_ROOT', fixtureRoot());
    const out = mkdtempSync(path.join(os.tmpdir(), 'insights-cite-'));
    const pagePaths = LANGS.flatMap((lang) =>
      getAllSpeakers(lang).flatMap((speaker) => [routes.speaker(speaker.slug), ...speaker.insights.map((insight) => routes.insight(speaker.slug, insight.id))].map((page) => localizePath(page, lang))),
    );
    expect(pagePaths.length).toBeGreaterThan(4);

    expect(writeCitationFiles(out)).toBe(pagePaths.length * 4);
    const written = readdirSync(out, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    expect(written).toHaveLength(pagePaths.length * 4);
    for (const page of pagePaths) {
      const dir = path.join(out, page);
      const url = absoluteUrl(page);
      expect(parseBibtex(readFileSync(path.join(dir, 'citation.bib'), 'utf8'))).toEqual([expect.objectContaining({ type: 'report', URL: url })]);
      expect(parseRis(readFileSync(path.join(dir, 'citation.ris'), 'utf8'))).toEqual([expect.objectContaining({ type: 'report', URL: url })]);
      const csl: unknown = JSON.parse(readFileSync(path.join(dir, 'citation.json'), 'utf8'));
      expect(validateCsl(csl) ? [] : validateCsl.errors).toEqual([]);
      expect(csl).toEqual([expect.objectContaining({ URL: url })]);
      const panel = JSON.parse(readFileSync(path.join(dir, 'cite.json'), 'utf8')) as CitationEntry[];
      expect(panel.map((entry) => entry.id)).toEqual(['apa', 'chicago-note', 'chicago-bibliography', 'mla', 'bibtex', 'ris', 'csl-json']);
      expect(panel.find((entry) => entry.id === 'bibtex')?.runs).toEqual([{ text: readFileSync(path.join(dir, 'citation.bib'), 'utf8') }]);
    }
    // The fixture copy is no git checkout: no commit date, so no access date.
    expect(readFileSync(path.join(out, pagePaths[0] ?? '', 'citation.bib'), 'utf8')).not.toContain('urldate');
    expect(existsSync(path.join(out, 'es'))).toBe(true);
  });
});

describe('no citation code in the browser', () => {
  const project = path.resolve(import.meta.dirname, '../..');
  const pkg = JSON.parse(readFileSync(path.join(project, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };

  it('keeps the citation packages out of the site’s dependencies (they are test-only)', () => {
    expect(Object.keys(pkg.dependencies).filter((name) => /citation|bibtex|\bris\b|csl|^ajv$/i.test(name))).toEqual([]);
  });

  it('imports neither lib/cite nor a citation package from any client module', () => {
    const sources = ['app', 'components', 'lib'].flatMap((dir) =>
      readdirSync(path.join(project, dir), { recursive: true, encoding: 'utf8' })
        .filter((file) => /\.tsx?$/.test(file))
        .map((file) => path.join(project, dir, file)),
    );
    const clientModules = sources.filter((file) => /^\s*['"]use client['"]/.test(readFileSync(file, 'utf8')));
    expect(clientModules.length).toBeGreaterThan(0);
    // Type-only imports (the shape of cite.json) leave no code behind.
    const imports = (file: string) => readFileSync(file, 'utf8').replace(/^import type .*$/gm, '');
    const offending = clientModules.filter((file) => /from\s+['"](@\/lib\/cite|[./]+(lib\/)?cite\/|@citation-js|ajv)/.test(imports(file)));
    expect(offending).toEqual([]);
  });
});
