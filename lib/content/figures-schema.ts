import { z } from 'zod';

/*
 * The schema of content/figures.yml: every number the report gives. As in
 * schema.ts, each message is the *expected* half of an error (`expected
 * <message>, got <value>`); validate.ts adds what was found.
 */

/**
 * The controlled set of units. `label` names the unit in lists; `words`, when
 * set, follows the display string in prose ("5,000 to 10,000 encounters per
 * day"); units the display already carries ("125%", "$36 trillion") have none.
 */
/** What a figure counts; each unit's name in each language is in the interface dictionaries (lib/i18n/en.ts `figures.units`). */
export const FIGURE_UNITS = [
  'percent',
  'people',
  'encounters',
  'encounters-per-day',
  'usd',
  'usd-per-day',
  'facilities',
  'workers',
  'states',
  'cities',
  'sectors',
  'seconds-per-truck',
  'multiple',
  'fraction',
  'year',
  'decade',
] as const;
export type FigureUnit = (typeof FIGURE_UNITS)[number];

/** Words the report puts before a figure to say it is not exact. */
export const QUALIFIERS = ['over', 'approximately', 'as many as', 'exceeds'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/**
 * The charts the figures page draws (their titles and column headings are in
 * the interface dictionaries, `figures.chartTexts`). `reference`, when set, is
 * the id of a figure in the chart drawn as a reference line instead of a bar.
 */
export const FIGURE_CHARTS = {
  'tariffs-by-country': { reference: 'baseline-tariff' },
  'encounters-per-day': { reference: undefined },
} as const satisfies Record<string, { reference: string | undefined }>;
export type FigureChartId = keyof typeof FIGURE_CHARTS;
const chartIds = Object.keys(FIGURE_CHARTS) as [FigureChartId, ...FigureChartId[]];

/** The citedBy of a figure the report states without naming a speaker. */
export const REPORT = 'report';

const SCALES: Record<string, string> = { million: 'e6', billion: 'e9', trillion: 'e12' };
const NUMBER_WORDS: Record<string, number> = { half: 0.5, triple: 3 };

/**
 * The numbers a display string states, in order: "over 10.8 million" →
 * [10800000], "5,000 to 10,000" → [5000, 10000], "1990s" → [1990], "half" →
 * [0.5]. Exponent strings keep 10.8 million exact (10.8 * 1e6 is not).
 */
export function numbersWritten(display: string): number[] {
  const digits = [...display.matchAll(/(\d[\d,]*(?:\.\d+)?)(?:\s+(million|billion|trillion)\b)?/gi)].map(([, figure = '', scale]) =>
    Number(`${figure.replace(/,/g, '')}${scale ? SCALES[scale.toLowerCase()] : ''}`),
  );
  if (digits.length > 0) return digits;
  return Object.entries(NUMBER_WORDS).flatMap(([word, value]) => (new RegExp(`\\b${word}\\b`, 'i').test(display) ? [value] : []));
}

const text = z.string({ error: 'a non-empty string' }).trim().min(1, { error: 'a non-empty string' });
const slugMessage = 'an id (lowercase letters, digits and hyphens)';
const slugRef = z.string({ error: slugMessage }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: slugMessage });
const number = z.number({ error: 'a number' });
const sourceMessage = 'an internal link: /speakers/<slug>/#<insight-id>, or /themes/<slug>/ with an optional #<heading-id>';

export const figureSchema = z
  .strictObject({
    /** Unique slug; the figure's permalink is /figures/#<id>. */
    id: slugRef,
    /** A short description of what is counted, paraphrasing the report. */
    label: text.max(200, { error: 'a label of at most 200 characters' }),
    /** The number itself; absent for a range, which has min and max instead. */
    value: number.optional(),
    /** The low end of a range the report gives ("5,000 to 10,000"). */
    min: number.optional(),
    /** The high end of a range the report gives. */
    max: number.optional(),
    /** What the number counts, from the controlled set FIGURE_UNITS. */
    unit: z.enum(FIGURE_UNITS, { error: `one of the units ${FIGURE_UNITS.join(', ')}` }),
    /** The figure exactly as the report writes it, without extraction escapes ("$36 trillion", not "\$36 trillion"). */
    display: text.refine((value) => !value.includes('\\'), {
      error: 'the figure as the report writes it, without backslash escapes ("$36 trillion", not "\\$36 trillion")',
    }),
    /** The word the report puts before the figure, when it gives one ("over", "approximately"). */
    qualifier: z.enum(QUALIFIERS, { error: `one of ${QUALIFIERS.map((word) => `"${word}"`).join(', ')}` }).optional(),
    /** The speaker slug the report attributes the figure to, or "report". */
    citedBy: slugRef,
    /** The study or body the report credits the figure to, in its words ("U.S. Treasury"). */
    basedOn: text.optional(),
    /** The passage the figure comes from: a speaker's insight or a theme page. */
    source: z.string({ error: sourceMessage }).regex(/^\/(?:speakers|themes)\/[a-z0-9]+(?:-[a-z0-9]+)*\/(?:#[a-z0-9-]+)?$/, { error: sourceMessage }),
    /** For a count of a list the report gives: that list, exactly as the report writes it. */
    countedFrom: text.optional(),
    /** The chart that draws this figure, from FIGURE_CHARTS. */
    chart: z.enum(chartIds, { error: `one of the charts ${chartIds.join(', ')}` }).optional(),
    /** The figure's short label in its chart (a country, a period); required with chart. */
    chartLabel: text.max(40, { error: 'a chart label of at most 40 characters' }).optional(),
  })
  .superRefine((figure, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    const range = figure.min !== undefined || figure.max !== undefined;
    if (figure.value === undefined && !range) issue('value', 'a number, or min and max for a range');
    if (figure.value !== undefined && range) issue(figure.min !== undefined ? 'min' : 'max', 'no range alongside value (a figure is one number or a min–max range)');
    if (figure.value === undefined && range) {
      if (figure.min === undefined) issue('min', 'a number, the low end of the range');
      else if (figure.max === undefined) issue('max', 'a number, the high end of the range');
      else if (figure.min >= figure.max) issue('max', `a number greater than min (${figure.min})`);
    }
    // Counting a list is the one figure the site may derive: the label must say so.
    if (figure.countedFrom !== undefined && !/\bcounted\b/i.test(figure.label)) {
      issue('label', 'a label that says the figure was counted from the report’s list');
    }
    // A typo in value or display would put two different numbers on the page.
    const stated = numbersWritten(figure.display);
    const expected = figure.value !== undefined ? [figure.value] : [figure.min, figure.max];
    if (stated.length > 0 && expected.every((n) => n !== undefined) && stated.join() !== expected.join()) {
      issue('display', `the figure as the report writes it, stating ${figure.value !== undefined ? `value ${figure.value}` : `min ${figure.min} and max ${figure.max}`}`);
    }
    if (figure.display.includes('%') !== (figure.unit === 'percent')) issue('unit', `"percent" exactly when the display has "%"`);
    if (figure.display.includes('$') !== figure.unit.startsWith('usd')) issue('unit', `"usd" or "usd-per-day" exactly when the display has "$"`);
    if (figure.chart !== undefined && figure.chartLabel === undefined) issue('chartLabel', 'a short label for the chart');
    if (figure.chart === undefined && figure.chartLabel !== undefined) issue('chartLabel', 'no chart label on a figure without a chart');
  });
export type FigureEntry = z.infer<typeof figureSchema>;

export const figureListSchema = z.array(figureSchema, { error: 'a list of figures' });
