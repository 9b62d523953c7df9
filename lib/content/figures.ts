import { readFileSync } from 'node:fs';
import path from 'node:path';
import { contentRoot, getAllSpeakers, getAllThemes, type Speaker, type Theme } from '.';
import { ContentError, type ContentIssue } from './content-error';
import { perContentVersion } from './content-version';
import { getTranslations } from './translations';
import { FIGURE_CHARTS, REPORT, figureListSchema, figureSchema, type FigureChartId, type FigureEntry } from './figures-schema';
import { nearest } from './nearest';
import { dictionary } from '../i18n/dictionary';
import { localizePath, type Lang } from '../i18n/locales';
import { routes } from '../routes';
import { decodeUtf8 } from './source-file';
import { fieldName, validateBlock } from './validate';
import { parseYamlBlock, type FieldPath, type YamlBlock } from './yaml-block';

export { FIGURE_CHARTS, FIGURE_UNITS, REPORT, type FigureChartId, type FigureUnit } from './figures-schema';

/** One number from the report, validated and resolved against the content. */
export interface Figure extends FigureEntry {
  /** The permalink: /figures/#<id>. */
  href: string;
  /** The theme (report section) the source passage belongs to. */
  theme: string;
  /** The source passage's title: the insight's heading, or the theme (and section) title. */
  sourceTitle: string;
}

/** A chart's figures: `bars` in file order, and the reference line when the chart has one. */
export interface FigureChart {
  id: FigureChartId;
  bars: Figure[];
  reference?: Figure;
}

/** What figures are checked against: the loaded speakers and themes. */
export interface FigureContext {
  speakers: readonly Speaker[];
  themes: readonly Theme[];
}

const FILE = 'content/figures.yml';

/** Where a `source` link lands: its theme and title, or the expected half of an issue. */
type Resolved = { theme: string; title: string } | { expected: string };

export function resolveSource(source: string, context: FigureContext): Resolved {
  const [pagePath = '', anchor] = source.split('#', 2);
  const [, kind, slug = ''] = pagePath.split('/');
  const got = (ids: Iterable<string>, prefix = '') =>
    `got ${anchor === undefined ? 'no #anchor' : `"#${anchor}"`} (nearest: ${nearest(anchor ?? '', ids, 2).map((id) => `${prefix}${id}`).join(', ')})`;
  const noPage = (what: string, hrefs: string[]) => ({ expected: `${what}, got "${source}" (nearest: ${nearest(pagePath, hrefs, 2).join(', ')})` });
  if (kind === 'speakers') {
    const speaker = context.speakers.find((candidate) => candidate.slug === slug);
    if (!speaker) return noPage('a speaker page', context.speakers.map((candidate) => candidate.href));
    // A speaker page is a list of insights: a figure names the one it comes from (or an alias of it).
    const insight = speaker.insights.find((candidate) => candidate.id === anchor || candidate.aliases.includes(anchor ?? ''));
    if (!insight) return { expected: `an insight id on ${pagePath}, ${got(speaker.insights.flatMap((one) => [one.id, ...one.aliases]), '#')}` };
    return { theme: insight.theme, title: insight.title };
  }
  const theme = context.themes.find((candidate) => candidate.slug === slug);
  if (!theme) return noPage('a theme page', context.themes.map((candidate) => candidate.href));
  if (anchor === undefined) return { theme: theme.slug, title: theme.title };
  const heading = theme.headings.find((candidate) => candidate.id === anchor);
  if (!heading) return { expected: `a section id on ${pagePath}, ${got(theme.headings.map((one) => one.id), '#')}` };
  return { theme: theme.slug, title: `${theme.title}: ${heading.title}` };
}

/** Cross-checks that need the rest of the content: ids, speakers, sources, charts. */
function checkFigures(entries: { index: number; entry: FigureEntry }[], block: YamlBlock, context: FigureContext, issues: ContentIssue[]): Figure[] {
  const at = (fieldPath: FieldPath, message: string) => issues.push({ file: FILE, ...block.locate(fieldPath), field: fieldName(fieldPath), message });
  const speakerSlugs = new Set(context.speakers.map((speaker) => speaker.slug));
  const seen = new Set<string>();
  const chartUnits = new Map<string, string>();
  const figures: Figure[] = [];
  for (const { index, entry } of entries) {
    if (seen.has(entry.id)) at([index, 'id'], `expected a unique figure id, got "${entry.id}" twice`);
    seen.add(entry.id);
    if (entry.chart) {
      // Bars of one chart share a scale, so they must share a unit.
      const unit = chartUnits.get(entry.chart) ?? entry.unit;
      chartUnits.set(entry.chart, unit);
      if (unit !== entry.unit) at([index, 'unit'], `expected "${unit}", the unit of the other figures in chart "${entry.chart}", got "${entry.unit}"`);
      if (FIGURE_CHARTS[entry.chart].reference === entry.id && entry.value === undefined) {
        at([index, 'min'], `expected a single value (this figure is the reference line of chart "${entry.chart}"), got a range`);
      }
    }
    if (entry.citedBy !== REPORT && !speakerSlugs.has(entry.citedBy)) {
      const hint = nearest(entry.citedBy, [REPORT, ...speakerSlugs]).map((slug) => `"${slug}"`).join(', ');
      at([index, 'citedBy'], `expected "${REPORT}" or a speaker slug (a file in content/speakers/), got "${entry.citedBy}" (nearest: ${hint})`);
      continue;
    }
    // Who cited it and where it is written must agree, or the Source link contradicts the attribution.
    const page = entry.citedBy === REPORT ? routes.themes : routes.speaker(entry.citedBy);
    if (!entry.source.startsWith(page)) {
      const expected = entry.citedBy === REPORT ? 'a theme page, as citedBy is "report"' : `a link into ${page}, the page of citedBy`;
      at([index, 'source'], `expected ${expected}, got "${entry.source}"`);
      continue;
    }
    const resolved = resolveSource(entry.source, context);
    if ('expected' in resolved) at([index, 'source'], `expected ${resolved.expected}`);
    else figures.push({ ...entry, href: `${routes.figures}#${entry.id}`, theme: resolved.theme, sourceTitle: resolved.title });
  }
  return figures;
}

/**
 * Loads and validates `<root>/content/figures.yml` against the loaded
 * content. Throws one ContentError listing every problem. A missing file is
 * an error unless `optional` (fixture content trees have no figures).
 */
export function loadFigures(root: string, context: FigureContext, { optional = false }: { optional?: boolean } = {}): Figure[] {
  const issues: ContentIssue[] = [];
  let bytes: Buffer;
  try {
    bytes = readFileSync(path.join(root, FILE));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    if (optional) return [];
    throw new ContentError([{ file: FILE, field: 'file', message: 'expected the list of figures, got no such file' }]);
  }
  const text = decodeUtf8(bytes, FILE, issues);
  const block = text === undefined ? undefined : parseYamlBlock(text, FILE, 1, issues);
  if (!block) throw new ContentError(issues);
  const schemaIssues: ContentIssue[] = [];
  validateBlock(figureListSchema, block, FILE, schemaIssues);
  // validate.ts names the document root after frontmatter; here the root is the list itself.
  issues.push(...schemaIssues.map((issue) => (issue.field === 'frontmatter' ? { ...issue, field: 'figures' } : issue)));
  // Entries that are valid on their own are still cross-checked, so one run reports every problem.
  const entries = (Array.isArray(block.data) ? block.data : []).flatMap((item: unknown, index) => {
    const parsed = figureSchema.safeParse(item);
    return parsed.success ? [{ index, entry: parsed.data }] : [];
  });
  const figures = checkFigures(entries, block, context, issues);
  if (issues.length > 0) throw new ContentError(issues);
  return figures;
}

/** Every figure, in file (report) order; loaded once per build (and after each edit in dev). */
const englishFigures: () => Figure[] = perContentVersion(
  'figures-en',
  // Only the project itself must have figures; other content trees (fixtures) may have none.
  (root) => loadFigures(root, { speakers: getAllSpeakers(), themes: getAllThemes() }, { optional: path.resolve(root) !== process.cwd() }),
  contentRoot,
);

/**
 * The figures in Spanish: the same values, units, charts and sources, with the translated label,
 * rendering and attribution (content/figures.es.yml), the source passage's Spanish title and links
 * to the Spanish pages. An untranslated figure keeps its English text.
 */
const spanishFigures: () => Figure[] = perContentVersion('figures-es', () => {
  const context = { speakers: getAllSpeakers('es'), themes: getAllThemes('es') };
  const translated = getTranslations().figures;
  return englishFigures().map((figure) => {
    const resolved = resolveSource(figure.source, context);
    const localized = { ...figure, href: localizePath(figure.href, 'es'), source: localizePath(figure.source, 'es'), sourceTitle: 'title' in resolved ? resolved.title : figure.sourceTitle };
    const translation = translated.get(figure.id);
    // The Spanish rendering carries its own qualifier ("más de 10.8 millones").
    return translation ? { ...localized, ...translation, qualifier: undefined } : localized;
  });
}, contentRoot);

export function getAllFigures(lang: Lang = 'en'): Figure[] {
  return lang === 'es' ? spanishFigures() : englishFigures();
}

export function getFigure(id: string, lang: Lang = 'en'): Figure | undefined {
  return getAllFigures(lang).find((figure) => figure.id === id);
}

/** The figures a passage cites (those whose source is its link, e.g. an insight's `/speakers/<slug>/#<id>`), in file order. */
export function getFiguresCitedAt(href: string, lang: Lang = 'en'): Figure[] {
  return getAllFigures(lang).filter((figure) => figure.source === href);
}

/** Figures grouped by `chart`, in the order each chart first appears in the file. */
export function getFigureCharts(lang: Lang = 'en'): FigureChart[] {
  return groupCharts(getAllFigures(lang));
}

export function groupCharts(figures: readonly Figure[]): FigureChart[] {
  const charts = new Map<FigureChartId, FigureChart>();
  for (const figure of figures) {
    if (!figure.chart) continue;
    const definition = FIGURE_CHARTS[figure.chart];
    let chart = charts.get(figure.chart);
    if (!chart) charts.set(figure.chart, (chart = { id: figure.chart, bars: [] }));
    if (definition.reference === figure.id) chart.reference = figure;
    else chart.bars.push(figure);
  }
  return [...charts.values()];
}

/** A run of consecutive figures that share who cited them and their unit: the page names both once. */
export interface FigureRun {
  citedBy: string;
  unit: FigureEntry['unit'];
  figures: Figure[];
}

/** Splits figures, in order, into runs of the same citedBy and unit. */
export function figureRuns(figures: readonly Figure[]): FigureRun[] {
  const runs: FigureRun[] = [];
  for (const figure of figures) {
    const last = runs.at(-1);
    if (last && last.citedBy === figure.citedBy && last.unit === figure.unit) last.figures.push(figure);
    else runs.push({ citedBy: figure.citedBy, unit: figure.unit, figures: [figure] });
  }
  return runs;
}

/** The display string, with the qualifier in front when the report puts it elsewhere ("exceeds $36 trillion"). */
export function qualifiedDisplay(figure: Pick<FigureEntry, 'display' | 'qualifier'>): string {
  const { display, qualifier } = figure;
  return qualifier && !display.toLowerCase().includes(qualifier) ? `${qualifier} ${display}` : display;
}

/** The figure in words, for descriptions: "approximately 200 encounters per day". */
export function figureText(figure: Pick<FigureEntry, 'display' | 'qualifier' | 'unit'>, lang: Lang = 'en'): string {
  const unit: { label: string; words?: string } = dictionary(lang).figures.units[figure.unit];
  return unit.words ? `${qualifiedDisplay(figure)} ${unit.words}` : qualifiedDisplay(figure);
}

/** The unit's name for lists and table headings: "border encounters per day". */
export function unitLabel(unit: FigureEntry['unit'], lang: Lang = 'en'): string {
  return dictionary(lang).figures.units[unit].label;
}
