import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { getAllFigures } from '@/lib/content/figures';
import { getAllInsights, getAllSpeakers, getSpeaker } from '@/lib/content';
import { localizePath, LANGS } from '@/lib/i18n/locales';
import { getPageEntries } from '@/lib/pages';
import { routes } from '@/lib/routes';
import { SITE_URL } from '@/lib/site';
import { parseCsv, toCsv } from '@/lib/site-outputs/open-data/csv';
import { openDataFiles } from '@/lib/site-outputs/open-data';
import { htmlToMarkdown } from '@/lib/site-outputs/open-data/markdown';
import { DATA_FILES, DATA_VERSION, LLMS_FILES, markdownTwinPath } from '@/lib/site-outputs/open-data/paths';
import type { FigureRecord, InsightRecord, SpeakerRecord } from '@/lib/site-outputs/open-data/records';

const { data, llms, twins } = openDataFiles();
const body = (path: string) => {
  const file = [...data, ...llms, ...twins].find((candidate) => candidate.path === path);
  if (!file) throw new Error(`no file at ${path}`);
  return file.body;
};
const json = <T>(path: string) => JSON.parse(body(path)) as T;

const insights = json<{ insights: InsightRecord[] }>(DATA_FILES.insights).insights;
const speakers = json<{ speakers: SpeakerRecord[] }>(DATA_FILES.speakers).speakers;
const figures = json<{ figures: FigureRecord[] }>(DATA_FILES.figures).figures;

/** Ajv for draft 2020-12 with formats (uri, date), strict: a schema keyword it does not know is an error. */
function validator() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv;
}

describe('the data files', () => {
  it('hold every insight, speaker and figure of the content, each once', () => {
    expect(insights).toHaveLength(52);
    expect(speakers).toHaveLength(19);
    expect(figures).toHaveLength(34);
    expect(insights.map((insight) => `${insight.speaker.slug}/${insight.id}`)).toEqual(getAllInsights().map((insight) => `${insight.speaker}/${insight.id}`));
    expect(speakers.map((speaker) => speaker.slug)).toEqual(getAllSpeakers().map((speaker) => speaker.slug));
    expect(figures.map((figure) => figure.id)).toEqual(getAllFigures().map((figure) => figure.id));
    for (const ids of [insights.map((insight) => insight.urls.en.deepLink), speakers.map((speaker) => speaker.slug), figures.map((figure) => figure.id)]) {
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('each validate against their published JSON Schema, which is a strict draft 2020-12 schema at its own URL', () => {
    for (const [file, schemaPath] of [
      [DATA_FILES.insights, DATA_FILES.insightsSchema],
      [DATA_FILES.speakers, DATA_FILES.speakersSchema],
      [DATA_FILES.figures, DATA_FILES.figuresSchema],
    ] as const) {
      const schema = json<{ $id: string }>(schemaPath);
      expect(schema.$id).toBe(`${SITE_URL}${schemaPath}`);
      const validate = validator().compile(schema);
      const value = json<{ $schema: string; version: string }>(file);
      expect(validate(value), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
      expect(value).toMatchObject({ $schema: `${SITE_URL}${schemaPath}`, version: DATA_VERSION });
    }
  });

  it('are deterministic: built twice, byte for byte the same', () => {
    expect(openDataFiles().data).toEqual(data);
  });

  it('give a role or organization only where the report does, in both languages', () => {
    const cuellar = insights.find((insight) => insight.speaker.slug === 'antonio-cuellar');
    expect(cuellar?.speaker).toMatchObject({ name: 'Antonio Cuéllar', role: null });
    const ogg = speakers.find((speaker) => speaker.slug === 'kim-ogg');
    expect(ogg).toMatchObject({
      role: { en: 'District Attorney of Harris County', es: 'Fiscal de Distrito del Condado de Harris' },
      organization: { en: 'Harris County', es: 'Condado de Harris' },
      conferences: ['2025-04-30'],
    });
    for (const speaker of speakers) expect(speaker.role === null).toBe(getSpeaker(speaker.slug)?.role === undefined);
  });

  it('give a conference only where the report states one, and null otherwise', () => {
    const stated = new Map(getAllInsights().map((insight) => [`${insight.speaker}/${insight.id}`, insight.conference]));
    for (const insight of insights) {
      const conference = stated.get(`${insight.speaker.slug}/${insight.id}`);
      expect(insight.conference, insight.id).toBe(conference === 'unstated' ? null : conference);
    }
    expect(insights.some((insight) => insight.conference === null)).toBe(true);
  });

  it('link each insight to its own page and its section, in both languages', () => {
    const [first] = insights;
    expect(first?.urls).toEqual(
      Object.fromEntries(
        LANGS.map((lang) => [
          lang,
          {
            page: `${SITE_URL}${localizePath(routes.insight(first?.speaker.slug ?? '', first?.id ?? ''), lang)}`,
            deepLink: `${SITE_URL}${localizePath(routes.speaker(first?.speaker.slug ?? ''), lang)}#${first?.id}`,
          },
        ]),
      ),
    );
  });

  it('carry both languages of each text: the Spanish differs, and the report’s quotation stays in English beside its translation', () => {
    const ogg = insights.find((insight) => insight.id === 'human-trafficking-stash-houses-holding-as-many-as-60-people');
    expect(ogg?.title).toEqual({ en: 'Human trafficking stash houses holding as many as 60 people', es: 'Casas de seguridad de trata de personas con hasta 60 personas' });
    expect(ogg?.textLang).toEqual({ en: 'en', es: 'es' });
    const quoted = insights.filter((insight) => insight.speaker.slug === 'pete-sessions' && insight.markdown.en.includes('“to drive government efficiency'));
    expect(quoted).toHaveLength(1);
    expect(quoted[0]?.markdown.es).toMatch(/> “to drive government efficiency.*” «impulsar la eficiencia.*» \(traducción\)/);
  });

  it('keep the content’s quotation marks and add none', () => {
    const marks = (text: string) => (text.match(/[“”«»"]/g) ?? []).length;
    for (const insight of insights) for (const lang of LANGS) expect(marks(insight.markdown[lang]), insight.id).toBe(marks(insight.text[lang]));
  });

  it('list as an insight’s figures exactly those whose source is that insight', () => {
    const cited = insights.flatMap((insight) => insight.figures.map((id) => ({ id, insight: insight.id })));
    expect(cited.sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      figures
        .filter((figure) => figure.insight !== null)
        .map((figure) => ({ id: figure.id, insight: figure.insight }))
        .sort((a, b) => a.id.localeCompare(b.id)),
    );
    const debt = figures.find((figure) => figure.id === 'national-debt');
    expect(debt).toMatchObject({ value: 36e12, display: { en: '$36 trillion', es: '36 billones de dólares' }, qualifier: 'exceeds', citedBy: 'pete-sessions' });
    expect(insights.find((insight) => insight.id === debt?.insight)?.figures).toContain('national-debt');
  });
});

describe('figures.csv', () => {
  const rows = parseCsv(body(DATA_FILES.figuresCsv));
  const [header = [], ...records] = rows;
  const objects = records.map((row) => Object.fromEntries(header.map((name, index) => [name, row[index]])));

  it('has a header row and one row per figure, each valid against its row schema', () => {
    expect(records).toHaveLength(figures.length);
    const validate = validator().compile(json(DATA_FILES.figuresCsvSchema));
    for (const row of objects) expect(validate(row), JSON.stringify(validate.errors)).toBe(true);
  });

  it('says what figures.json says, field for field', () => {
    expect(header).toContain('label_en');
    expect(header).toContain('label_es');
    const snake = (field: string) => field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
    objects.forEach((row, index) => {
      const figure = figures[index];
      if (!figure) throw new Error(`no figure for row ${index}`);
      for (const [field, value] of Object.entries(figure) as [string, unknown][]) {
        // A text has a column per language (label_en, label_es); anything else one column.
        if (`${snake(field)}_en` in row) {
          for (const lang of LANGS) expect(row[`${snake(field)}_${lang}`], `${figure.id}.${field}.${lang}`).toBe(value === null ? '' : (value as Record<string, string>)[lang]);
        } else expect(row[snake(field)], `${figure.id}.${field}`).toBe(value === null ? '' : String(value as string | number));
      }
    });
  });

  it('quotes and parses back fields with commas, quotes and line breaks (RFC 4180)', () => {
    const tricky = [['a,b', 'say "hi"', 'two\r\nlines', 'Cuéllar', '']];
    const text = toCsv(tricky);
    expect(text).toBe('"a,b","say ""hi""","two\r\nlines",Cuéllar,\r\n');
    expect(parseCsv(text)).toEqual(tricky);
    expect(body(DATA_FILES.figuresCsv).endsWith('\r\n')).toBe(true);
  });
});

describe('llms.txt and llms-full.txt', () => {
  const index = body(LLMS_FILES.index);
  const lines = index.trimEnd().split('\n');

  it('follow llmstxt.org: an H1, a blockquote, notes without headings, then ## sections of link lists ending with Optional', () => {
    expect(lines[0]).toMatch(/^# \S/);
    expect(lines[1]).toBe('');
    expect(lines[2]).toMatch(/^> \S/);
    const headings = lines.filter((line) => line.startsWith('#'));
    expect(headings.slice(1)).toEqual(['## Themes', '## Speakers', '## Conferences', '## Open data', '## Optional']);
    const firstSection = lines.findIndex((line) => line.startsWith('## '));
    for (const line of lines.slice(firstSection).filter((one) => one && !one.startsWith('## '))) {
      expect(line).toMatch(/^- \[[^\]]+\]\(https?:\/\/[^)\s]+\)(: \S.*)?$/);
    }
  });

  it('link only absolute URLs on the site: page twins, the data files and the full text', () => {
    const links = [...index.matchAll(/\]\(([^)]+)\)/g)].map(([, url = '']) => url);
    expect(links.length).toBeGreaterThan(40);
    for (const url of links) expect(url.startsWith(`${SITE_URL}/`), url).toBe(true);
    const twinPaths = new Set(twins.map((twin) => `${SITE_URL}${twin.path}`));
    const dataPaths = new Set([...data, ...llms].map((file) => `${SITE_URL}${file.path}`));
    for (const url of links) expect(twinPaths.has(url) || dataPaths.has(url), url).toBe(true);
  });

  it('give the full text: every insight’s English title and text', () => {
    const full = body(LLMS_FILES.full);
    expect(full.split('\n')[0]).toBe(lines[0]);
    for (const insight of insights) expect(full).toContain(insight.markdown.en);
  });
});

describe('Markdown twins', () => {
  const entries = getPageEntries();

  it('exist for every page entry, at its URL + index.md, each with an H1 and a link back to its page', () => {
    expect(twins.map((twin) => twin.path)).toEqual(entries.map((entry) => markdownTwinPath(entry.path)));
    for (const [position, twin] of twins.entries()) {
      const entry = entries[position];
      expect(twin.body, twin.path).toMatch(/^# \S/);
      expect(twin.body).toContain(`](${SITE_URL}${entry?.path})`);
    }
  });

  it('include one for every insight’s own page, in both languages', () => {
    const paths = new Set(twins.map((twin) => twin.path));
    for (const insight of insights) {
      for (const lang of LANGS) expect(paths.has(markdownTwinPath(localizePath(routes.insight(insight.speaker.slug, insight.id), lang))), `${insight.id} (${lang})`).toBe(true);
    }
  });

  it('say what the page says, in its language', () => {
    const ogg = body('/speakers/kim-ogg/index.md');
    expect(ogg).toMatch(/^# Kim Ogg\n\nDistrict Attorney of Harris County · Harris County\n/);
    expect(ogg).toContain('## [Human trafficking stash houses holding as many as 60 people](');
    expect(ogg).toContain('Ogg described harrowing human trafficking cases, including stash houses holding as many as 60 people.');
    const spanish = body('/es/speakers/kim-ogg/index.md');
    expect(spanish).toContain('Fiscal de Distrito del Condado de Harris');
    expect(spanish).toContain('[Read this page in English](');
    expect(body('/index.md')).toMatch(/^# The Future of the North American Partnership\n/);
    expect(body('/about/index.md')).toContain(`## Open data`);
  });
});

describe('htmlToMarkdown', () => {
  it('keeps paragraphs, emphasis, lists and quotations, and makes site links absolute', () => {
    const html = '<p>Ogg and <a href="/speakers/antonio-cuellar/">Antonio Cuéllar</a> said <em>so</em>.</p><blockquote><p>“Quoted.”</p></blockquote><ul><li>One</li><li>Two</li></ul>';
    expect(htmlToMarkdown(html)).toBe(`Ogg and [Antonio Cuéllar](${SITE_URL}/speakers/antonio-cuellar/) said *so*.\n\n> “Quoted.”\n\n- One\n- Two`);
  });

  it('drops heading self-links, shifts headings, and escapes what Markdown would read as syntax', () => {
    const html = '<h2 id="a">Rates <a href="#a" class="heading-anchor" aria-label="Link"></a></h2><p>1. not a list *nor* [a link] # or &amp;amp;</p>';
    expect(htmlToMarkdown(html, { shift: 1 })).toBe('### Rates\n\n1\\. not a list \\*nor\\* \\[a link\\] # or \\&amp;');
  });

  it('percent-encodes what would end a link destination', () => {
    expect(htmlToMarkdown('<p><a href="https://example.org/a (b)">x</a></p>')).toBe('[x](https://example.org/a%20%28b%29)');
  });
});
