/*
 * Where the open data is published. No imports: the About page links these
 * without pulling the emitters into its bundle.
 */

/** The data files and their schemas, by name. */
export const DATA_FILES = {
  insights: '/data/insights.json',
  insightsSchema: '/data/insights.schema.json',
  speakers: '/data/speakers.json',
  speakersSchema: '/data/speakers.schema.json',
  figures: '/data/figures.json',
  figuresSchema: '/data/figures.schema.json',
  figuresCsv: '/data/figures.csv',
  figuresCsvSchema: '/data/figures.csv.schema.json',
} as const;

/** The llms.txt index and the knowledge base's full text (llmstxt.org). */
export const LLMS_FILES = { index: '/llms.txt', full: '/llms-full.txt' } as const;

/** The published files in the order the About page and llms.txt list them; `describes` names their text in the dictionaries' `data.files`. */
export const OPEN_DATA_FILES = [
  { path: DATA_FILES.insights, schema: DATA_FILES.insightsSchema, describes: 'insights' },
  { path: DATA_FILES.speakers, schema: DATA_FILES.speakersSchema, describes: 'speakers' },
  { path: DATA_FILES.figures, schema: DATA_FILES.figuresSchema, describes: 'figures' },
  { path: DATA_FILES.figuresCsv, schema: DATA_FILES.figuresCsvSchema, describes: 'figuresCsv' },
  { path: LLMS_FILES.index, schema: undefined, describes: 'llms' },
  { path: LLMS_FILES.full, schema: undefined, describes: 'llmsFull' },
] as const;

/**
 * The version of the data files' format (semantic versioning): a new optional
 * field is a minor version, a renamed or removed one a major version.
 */
export const DATA_VERSION = '1.0.0';

/** A page's Markdown twin: the page's URL with `index.md` after it (`/speakers/kim-ogg/index.md`). */
export function markdownTwinPath(pagePath: string): string {
  return `${pagePath.endsWith('/') ? pagePath : `${pagePath}/`}index.md`;
}
