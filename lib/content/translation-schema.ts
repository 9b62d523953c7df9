import { z } from 'zod';

/*
 * The Spanish edition's files carry text only: every fact (conference,
 * topics, theme, a figure's value, unit and source) comes from the English
 * file beside them and is not repeated. Messages are the *expected* half of
 * an error, as in schema.ts.
 */

const text = z.string({ error: 'a non-empty string' }).trim().min(1, { error: 'a non-empty string' });
const slugMessage = 'an id (lowercase letters, digits and hyphens)';
const slugRef = z.string({ error: slugMessage }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: slugMessage });

/** `content/speakers/<slug>.es.md`: the English file's text fields, translated; names are never translated. */
export const speakerTranslationSchema = z.strictObject({
  /** The honorific, as a Mexican reader reads it (Ambassador → Embajador); only where the English file has one. */
  honorific: text.optional(),
  /** The role, translated; only where the English file has one. */
  role: text.optional(),
  /** The organisation's established Spanish name (companies unchanged); only where the English file has one. */
  organization: text.optional(),
  /** The district, where the English file has one. */
  district: text.optional(),
  /** The summary, translated. */
  summary: text,
});

/** `content/themes/<slug>.es.md`. */
export const themeTranslationSchema = z.strictObject({
  /** The report section's title, translated. */
  title: text,
  /** The summary, translated. */
  summary: text,
});

/** `content/events/<date>.es.md`. */
export const eventTranslationSchema = z.strictObject({
  /** The conference's name, its date written the es-MX way (5 de diciembre de 2024). */
  title: text,
  /** Where it was held. */
  location: text,
  /** The summary, translated. */
  summary: text,
});

/** `content/topics.es.yml`: one entry per topic of content/topics.yml. */
export const topicTranslationListSchema = z.array(
  z.strictObject({
    /** The English topic's id. */
    id: slugRef,
    /** The short name a reader clicks (T-MEC, Aranceles). */
    label: text,
    /** The description, translated. */
    description: text,
  }),
  { error: 'a list of topic translations' },
);

/** `content/figures.es.yml`: one entry per figure of content/figures.yml. */
export const figureTranslationListSchema = z.array(
  z.strictObject({
    /** The English figure's id. */
    id: slugRef,
    /** What is counted, translated. */
    label: text.max(200, { error: 'a label of at most 200 characters' }),
    /** The same quantity as a Mexican reader writes it: "$36 trillion" → "36 billones de dólares". */
    display: text,
    /** The chart label, translated; exactly where the English figure has one. */
    chartLabel: text.max(40, { error: 'a chart label of at most 40 characters' }).optional(),
    /** Who the report credits, translated; exactly where the English figure has it. */
    basedOn: text.optional(),
    /** The report's list, kept in English and followed by «…» (traducción); exactly where the English figure has it. */
    countedFrom: text.optional(),
  }),
  { error: 'a list of figure translations' },
);

/** `content/glossary.yml`: one rendering per term, used by both editions and by search. */
export const glossarySchema = z.array(
  z.strictObject({
    /** The English term as the report writes it. */
    en: text,
    /** Its one Spanish rendering. */
    es: text,
  }),
  { error: 'a list of glossary entries (en, es)' },
);

/** `content/translations.yml`: how strict the Spanish edition is. */
export const translationSettingsSchema = z.strictObject({
  /**
   * `error` (the default): every English insight, speaker, theme, event, topic
   * and figure must have its Spanish text. `fallback`: a missing one shows in
   * English with a notice; for drafts and generated test corpora.
   */
  missing: z.enum(['error', 'fallback'], { error: 'one of "error", "fallback"' }),
});

const SCALES: [RegExp, number][] = [
  [/^mil millones$/i, 9],
  [/^(?:millones|millón)$/i, 6],
  [/^(?:billones|billón)$/i, 12],
  [/^mil$/i, 3],
];
const NUMBER_WORDS: Record<string, number> = { mitad: 0.5, triple: 3, triplicar: 3, triplicará: 3 };

/**
 * The numbers a Spanish display states, in order, read the es-MX way (a
 * decimal point, a thousands comma; the long scale, where un billón is
 * 10¹²): "36 billones de dólares" → [36e12], "1,500 millones" → [1.5e9],
 * "6 mil millones" → [6e9], "5,000 a 10,000" → [5000, 10000].
 */
export function spanishNumbersWritten(display: string): number[] {
  const digits = [...display.matchAll(/(\d[\d,]*(?:\.\d+)?)(?:\s+(mil millones|millones|millón|billones|billón|mil)\b)?/giu)].map(([, figure = '', scale]) => {
    const exponent = scale ? (SCALES.find(([pattern]) => pattern.test(scale))?.[1] ?? 0) : 0;
    return Number(`${figure.replace(/,/g, '')}${exponent ? `e${exponent}` : ''}`);
  });
  if (digits.length > 0) return digits;
  return Object.entries(NUMBER_WORDS).flatMap(([word, value]) => (new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'iu').test(display) ? [value] : []));
}
