import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getAllSpeakers, getAllThemes } from '@/lib/content';
import { figureRuns, getAllFigures, getFigureCharts, loadFigures, REPORT, type Figure } from '@/lib/content/figures';
import { numbersWritten } from '@/lib/content/figures-schema';
import { loadContent } from '@/lib/content/load-content';
import { contentErrorOf, fixtureRoot } from './fixture';

const repoRoot = path.resolve(import.meta.dirname, '../..');
// shared/ sits next to the repository, in CI as here.
const reportPath = path.resolve(repoRoot, '../shared/source/report.txt');

/** The report as plain text: its `\$` extraction escapes dropped, whitespace collapsed. */
function reportText(): string {
  return readFileSync(reportPath, 'utf8').replace(/\\\$/g, '$').replace(/\s+/g, ' ');
}

describe('the real figures', () => {
  const figures = getAllFigures();
  const byId = (id: string): Figure => {
    const figure = figures.find((candidate) => candidate.id === id);
    if (!figure) throw new Error(`no figure "${id}"`);
    return figure;
  };

  it('load, with the figures the report gives', () => {
    const pick = (id: string) => {
      const { value, min, max, unit, display, qualifier, citedBy } = byId(id);
      return { value, min, max, unit, display, qualifier, citedBy };
    };
    expect(pick('baseline-tariff')).toEqual({ value: 10, unit: 'percent', display: '10%', citedBy: REPORT });
    expect(pick('border-encounters-2021-2024')).toEqual({ value: 10_800_000, unit: 'encounters', display: 'over 10.8 million', qualifier: 'over', citedBy: 'robert-perez' });
    expect(pick('daily-encounters-last-four-years')).toEqual({ min: 5000, max: 10_000, unit: 'encounters-per-day', display: '5,000 to 10,000', citedBy: 'robert-perez' });
    expect(pick('national-debt')).toEqual({ value: 36e12, unit: 'usd', display: '$36 trillion', qualifier: 'exceeds', citedBy: 'pete-sessions' });
    expect(pick('election-observers')).toMatchObject({ value: 220_000, display: 'Over 220,000', citedBy: 'norma-irene-de-la-cruz' });
    expect(pick('nawg-sectors')).toMatchObject({ value: 11, unit: 'sectors', citedBy: REPORT });
  });

  it('have unique ids, and each permalink is /figures/#id', () => {
    const ids = figures.map((figure) => figure.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const figure of figures) expect(figure.href).toBe(`/figures/#${figure.id}`);
  });

  it('each cite a source that resolves to the insight or theme section it names', () => {
    const speakers = getAllSpeakers();
    const themes = getAllThemes();
    for (const figure of figures) {
      const [page = '', anchor] = figure.source.split('#');
      const speaker = speakers.find((candidate) => candidate.href === page);
      const theme = themes.find((candidate) => candidate.href === page);
      if (figure.citedBy === REPORT) {
        expect(theme, figure.id).toBeDefined();
        if (anchor) expect(theme?.headings.map((heading) => heading.id), figure.id).toContain(anchor);
      } else {
        expect(speaker?.slug, figure.id).toBe(figure.citedBy);
        expect(speaker?.insights.flatMap((insight) => [insight.id, ...insight.aliases]), figure.id).toContain(anchor);
      }
    }
  });

  it('state the same number in value and display, and count only the lists they say they counted', () => {
    for (const figure of figures) {
      const expected = figure.value !== undefined ? [figure.value] : [figure.min, figure.max];
      expect(numbersWritten(figure.display), figure.id).toEqual(expected);
      if (figure.countedFrom) expect(figure.label, figure.id).toMatch(/\bcounted\b/);
    }
  });

  it('group into the tariff and encounter charts', () => {
    const charts = getFigureCharts();
    const tariffs = charts.find((chart) => chart.id === 'tariffs-by-country');
    expect(tariffs?.reference?.id).toBe('baseline-tariff');
    expect(tariffs?.bars.map((figure) => [figure.chartLabel, figure.value])).toEqual([
      ['China', 125],
      ['Cambodia', 49],
      ['Vietnam', 46],
      ['Indonesia', 32],
      ['India', 26],
      ['South Korea', 25],
    ]);
    const encounters = charts.find((chart) => chart.id === 'encounters-per-day');
    expect(encounters?.bars.map((figure) => [figure.min ?? figure.value, figure.max ?? figure.value])).toEqual([
      [5000, 10_000],
      [200, 200],
    ]);
  });

  const reportMissing = !existsSync(reportPath);
  it.skipIf(reportMissing)(`copy every figure verbatim from the report${reportMissing ? ` (skipped: ${reportPath} is absent)` : ''}`, () => {
    const report = reportText();
    for (const figure of figures) {
      // A count is the one figure the report does not write: the list it counts must be there instead.
      if (figure.countedFrom) {
        expect(report, figure.id).toContain(figure.countedFrom);
        expect(figure.display, figure.id).toBe(String(figure.value));
      } else {
        expect(report, figure.id).toContain(figure.display);
      }
      if (figure.qualifier) {
        const phrase = figure.display.toLowerCase().includes(figure.qualifier) ? figure.display : `${figure.qualifier} ${figure.display}`;
        expect(report, figure.id).toContain(phrase);
      }
      if (figure.basedOn) expect(report, figure.id).toContain(figure.basedOn);
    }
  });
});

/** The figures of a fixture case, loaded against that case's content. */
function figuresOf(caseName: string): Figure[] {
  const root = fixtureRoot(caseName);
  return loadFigures(root, loadContent(root));
}

const errorOf = (caseName: string) => contentErrorOf(caseName, (root) => loadFigures(root, loadContent(root)));

// Each bad figures file (tests/fixtures/cases/figures-*), with the exact message an author sees.
const cases: [caseName: string, message: string][] = [
  [
    'figures-invalid-yaml',
    'content/figures.yml:3:3 yaml: expected valid YAML, got a syntax error (Flow sequence in block collection must be sufficiently indented and end with a ])\n1 error in 1 file',
  ],
  ['figures-not-a-list', 'content/figures.yml:1:1 figures: expected a list of figures, got a mapping\n1 error in 1 file'],
  [
    'figures-wrong-types',
    'content/figures.yml:1:7 [0].id: expected an id (lowercase letters, digits and hyphens), got "Baseline Tariff"\n' +
      'content/figures.yml:3:10 [0].value: expected a number, got "ten"\n' +
      'content/figures.yml:4:9 [0].unit: expected one of the units percent, people, encounters, encounters-per-day, usd, usd-per-day, facilities, workers, states, cities, sectors, seconds-per-truck, multiple, fraction, year, decade, got "percentage"\n' +
      'content/figures.yml:5:12 [0].display: expected the figure as the report writes it, without backslash escapes ("$36 trillion", not "\\$36 trillion"), got "\\\\$10"\n' +
      'content/figures.yml:7:11 [0].source: expected an internal link: /speakers/<slug>/#<insight-id>, or /themes/<slug>/ with an optional #<heading-id>, got "https://example.com/"\n' +
      'content/figures.yml:8:11 [0].colour: expected no such field (unknown fields are not allowed; check the spelling), got one\n' +
      '6 errors in 1 file',
  ],
  [
    'figures-ranges',
    'content/figures.yml:4:8 [0].min: expected no range alongside value (a figure is one number or a min–max range), got number 100\n' +
      'content/figures.yml:10:3 [1].value: expected a number, or min and max for a range, got nothing\n' +
      'content/figures.yml:19:8 [2].max: expected a number greater than min (10000), got number 5000\n' +
      'content/figures.yml:24:3 [3].max: expected a number, the high end of the range, got nothing\n' +
      '4 errors in 1 file',
  ],
  [
    'figures-display',
    'content/figures.yml:5:12 [0].display: expected the figure as the report writes it, stating value 46, got "49%"\n' +
      'content/figures.yml:11:9 [1].unit: expected "percent" exactly when the display has "%", got "people"\n' +
      'content/figures.yml:18:9 [2].unit: expected "usd" or "usd-per-day" exactly when the display has "$", got "people"\n' +
      'content/figures.yml:24:10 [3].label: expected a label that says the figure was counted from the report’s list, got "A count whose label hides where it comes from"\n' +
      'content/figures.yml:31:3 [4].chartLabel: expected a short label for the chart, got nothing\n' +
      '5 errors in 1 file',
  ],
  [
    'figures-references',
    'content/figures.yml:10:7 [1].id: expected a unique figure id, got "rate" twice\n' +
      'content/figures.yml:13:9 [1].unit: expected "percent", the unit of the other figures in chart "tariffs-by-country", got "people"\n' +
      'content/figures.yml:26:12 [2].citedBy: expected "report" or a speaker slug (a file in content/speakers/), got "ana-perz" (nearest: "ana-perez", "report", "bo-li")\n' +
      'content/figures.yml:34:11 [3].source: expected a link into /speakers/ana-perez/, the page of citedBy, got "/speakers/bo-li/#a-point-on-borders"\n' +
      'content/figures.yml:41:11 [4].source: expected an insight id on /speakers/bo-li/, got "#a-point-on-border" (nearest: #a-point-on-borders, #old-border-point)\n' +
      'content/figures.yml:48:11 [5].source: expected an insight id on /speakers/bo-li/, got no #anchor (nearest: #old-border-point, #a-point-on-borders)\n' +
      'content/figures.yml:55:11 [6].source: expected a section id on /themes/trade/, got "#tariff-rates" (nearest: #tariff-rates-by-country)\n' +
      'content/figures.yml:62:11 [7].source: expected a theme page, got "/themes/trades/" (nearest: /themes/trade/)\n' +
      'content/figures.yml:69:11 [8].source: expected a theme page, as citedBy is "report", got "/speakers/bo-li/#a-point-on-borders"\n' +
      '9 errors in 1 file',
  ],
];

describe('bad figures fail with every error, located', () => {
  it.each(cases)('%s', (caseName, message) => {
    expect(errorOf(caseName)).toBe(message);
  });

  it('requires content/figures.yml in the project, and says so', () => {
    const root = fixtureRoot();
    expect(() => loadFigures(root, loadContent(root))).toThrow('content/figures.yml file: expected the list of figures, got no such file\n1 error in 1 file');
  });
});

describe('valid fixture figures', () => {
  it('resolve sources, insight aliases included, to their theme and title', () => {
    expect(figuresOf('figures-valid').map((figure) => [figure.id, figure.theme, figure.sourceTitle])).toEqual([
      ['baseline', 'trade', 'Trade: Shifts in Policy'],
      ['rate-by-country', 'trade', 'Trade: Shifts in Policy: Tariff rates by country'],
      ['debt', 'trade', 'Tariffs at 10% and “quotes” in titles'],
      ['via-alias', 'trade', 'A point on borders'],
    ]);
  });

  it('a fixture content root without figures.yml has no figures', () => {
    const root = fixtureRoot();
    expect(loadFigures(root, loadContent(root), { optional: true })).toEqual([]);
  });
});

describe('getAllFigures under INSIGHTS_CONTENT_ROOT', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('is empty for a fixture site with no figures.yml (the hostile build)', async () => {
    vi.stubEnv('INSIGHTS_CONTENT_ROOT', path.join(repoRoot, 'tests/fixtures/hostile'));
    vi.resetModules();
    const fresh = await import('@/lib/content/figures');
    expect(fresh.getAllFigures()).toEqual([]);
    expect(fresh.getFigureCharts()).toEqual([]);
  });
});

describe('figureRuns: consecutive figures sharing citedBy and unit', () => {
  /** A figure reduced to what runs look at: "id citedBy unit". */
  const figure = (spec: string) => {
    const [id = '', citedBy = '', unit = ''] = spec.split(' ');
    return { id, citedBy, unit } as Figure;
  };
  const runsOf = (specs: string[]) => figureRuns(specs.map(figure)).map((run) => `${run.citedBy}/${run.unit}: ${run.figures.map((one) => one.id).join(',')}`);

  const cases: [name: string, figures: string[], runs: string[]][] = [
    ['no figures, no runs', [], []],
    ['one figure is one run', ['a report percent'], ['report/percent: a']],
    ['same citer and unit join', ['a report percent', 'b report percent'], ['report/percent: a,b']],
    ['another unit starts a run', ['a pete percent', 'b pete usd'], ['pete/percent: a', 'pete/usd: b']],
    ['another citer starts a run', ['a pete usd', 'b john usd'], ['pete/usd: a', 'john/usd: b']],
    ['only consecutive figures join', ['a pete usd', 'b pete year', 'c pete usd'], ['pete/usd: a', 'pete/year: b', 'pete/usd: c']],
  ];
  it.each(cases)('%s', (_name, figures, runs) => {
    expect(runsOf(figures)).toEqual(runs);
  });

  it('keep every real figure once, in order', () => {
    const figures = getAllFigures();
    expect(figureRuns(figures).flatMap((run) => run.figures)).toEqual(figures);
  });
});
