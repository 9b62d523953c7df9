import { FIGURE_UNITS, QUALIFIERS, REPORT } from '../../content/figures-schema';
import { dictionary, fill } from '../../i18n/dictionary';
import { LANGS } from '../../i18n/locales';
import { PUBLISHER, absoluteUrl } from '../../site';
import { DATA_FILES, DATA_VERSION } from './paths';

/*
 * The JSON Schemas (draft 2020-12) of the open data, published beside it as
 * /data/*.schema.json. Written here once and emitted; the field texts the
 * About page's data dictionary shows are the same strings (lib/i18n/en.ts
 * `data`), so the page and the schemas cannot drift apart. Every property is
 * required: a value the report does not give is null, so a reader can tell
 * "none" from "forgotten".
 */

/** A JSON Schema, as a plain object. */
export type JsonSchema = { [keyword: string]: unknown };

/** The JSON Schema dialect every published schema declares. */
export const JSON_SCHEMA_DRAFT = 'https://json-schema.org/draft/2020-12/schema';
const SLUG = '^[a-z0-9]+(?:-[a-z0-9]+)*$';
const text = dictionary('en').data;

const string = (description: string, extra: JsonSchema = {}): JsonSchema => ({ type: 'string', minLength: 1, description, ...extra });
const slug = (description: string): JsonSchema => string(description, { pattern: SLUG });
const url = (description: string): JsonSchema => ({ type: 'string', format: 'uri', description });
const date = (description: string): JsonSchema => ({ type: 'string', format: 'date', description });
const list = (description: string, items: JsonSchema): JsonSchema => ({ type: 'array', description, items });
const uniqueList = (description: string, items: JsonSchema): JsonSchema => ({ ...list(description, items), uniqueItems: true });

/** An object whose properties are all required and the only ones allowed. */
function record(description: string, properties: Record<string, JsonSchema>): JsonSchema {
  return { type: 'object', description, properties, required: Object.keys(properties), additionalProperties: false };
}

/** The same schema, or null: for what the report does not always give. (`anyOf`, not a type list: Ajv's strict mode rejects union types by default.) */
function nullable({ description, ...schema }: JsonSchema): JsonSchema {
  return { description, anyOf: [schema, { type: 'null' }] };
}

/** A text in English and in Spanish. */
function bilingual(description: string, item: (language: string) => JsonSchema = (language) => string(`In ${language}.`)): JsonSchema {
  const names = { en: 'English', es: 'Spanish (es-MX; the English text where no translation exists yet)' };
  return record(description, Object.fromEntries(LANGS.map((lang) => [lang, item(names[lang])])));
}

/** The top of every data file: its schema, its format's version and its source. */
function dataFile(schemaPath: string, title: string, description: string, key: string, items: JsonSchema): JsonSchema {
  return {
    $schema: JSON_SCHEMA_DRAFT,
    $id: absoluteUrl(schemaPath),
    title,
    ...record(description, {
      $schema: url('The address of this file’s JSON Schema.'),
      version: { type: 'string', const: DATA_VERSION, description: 'The version of this file’s format (semantic versioning): a new field is a minor version, a renamed or removed one a major version.' },
      source: record('The report everything in this file comes from.', { title: string('The report’s title.'), publisher: string('Who published it.') }),
      [key]: list(`Every ${key.replace(/s$/, '')}, in the order of the site.`, items),
    }),
  };
}

/** An insight's properties. */
const insightProperties: Record<string, JsonSchema> = {
  id: slug(text.fields.id),
  speaker: record(text.fields.speaker, {
    slug: slug('The speaker’s id: their page is /speakers/<slug>/.'),
    name: string('The name exactly as the report writes it; never translated.'),
    role: nullable(bilingual('The role the report gives, or null where it gives none.')),
    organization: nullable(bilingual('The organization the report names, or null where it names none.')),
  }),
  theme: record(text.fields.theme, { slug: slug('The theme’s id: its page is /themes/<slug>/.'), title: bilingual('The section’s title.') }),
  topics: uniqueList(text.fields.topics, record('A topic.', { id: slug('The topic’s id: its page is /topics/<id>/.'), label: bilingual('The topic’s name.') })),
  conference: nullable(date(text.fields.conference)),
  urls: bilingual(text.fields.urls, (language) =>
    record(`In ${language}.`, { page: url('The insight’s own page.'), deepLink: url('The insight’s section on the speaker’s page (#id).') }),
  ),
  title: bilingual(text.fields.title),
  text: bilingual(text.fields.text),
  markdown: bilingual(text.fields.markdown),
  textLang: bilingual('The language each text is actually in: en or es (a missing translation is shown in English).', (language) => ({ enum: LANGS, description: `Of the ${language} text.` })),
  figures: uniqueList(text.fields.figures, slug('A figure id in figures.json.')),
};

/** A speaker's properties. */
const speakerProperties: Record<string, JsonSchema> = {
  slug: slug('The speaker’s id: their page is /speakers/<slug>/.'),
  name: string('The name exactly as the report writes it; never translated.'),
  honorific: nullable(bilingual('The honorific the report uses (Ambassador), or null.')),
  role: nullable(bilingual('The role exactly as the report gives it, or null where it gives none.')),
  organization: nullable(bilingual('The organization the report names, or null where it names none.')),
  district: nullable(bilingual('The congressional district the report gives, or null.')),
  conferences: uniqueList('The dates of the conferences the report places the speaker at (YYYY-MM-DD); empty where it states none.', date('A conference date.')),
  themes: uniqueList('The themes (report sections) of the speaker’s insights, in report order.', slug('A theme id.')),
  topics: uniqueList('The topics of the speaker’s insights.', slug('A topic id.')),
  summary: bilingual('One sentence paraphrasing what the report says of the speaker.'),
  urls: bilingual('The speaker’s page.', (language) => url(`In ${language}.`)),
  insights: uniqueList('The ids of the speaker’s insights (insights.json), in the order of their page.', slug('An insight id.')),
};

/** A figure's properties; figures.csv flattens the same ones. */
export const figureProperties = {
  id: slug('The figure’s id: its permalink is /figures/#<id>.'),
  value: nullable({ type: 'number', description: text.figureFields.value }),
  min: nullable({ type: 'number', description: 'The low end of a range; null for a single number.' }),
  max: nullable({ type: 'number', description: 'The high end of a range; null for a single number.' }),
  unit: { enum: FIGURE_UNITS, description: text.figureFields.unit },
  display: bilingual(text.figureFields.display),
  qualifier: nullable({ enum: QUALIFIERS, description: 'The word the report puts before the figure in English (over, approximately), or null; the Spanish display carries its own.' }),
  label: bilingual('What the figure counts, paraphrasing the report.'),
  citedBy: slug(fill(text.figureFields.citedBy, { report: `\`${REPORT}\`` })),
  basedOn: nullable(bilingual('The study or body the report credits the figure to, or null.')),
  countedFrom: nullable(bilingual('For a count of a list the report gives, that list as the report writes it (Spanish: followed by its translation); otherwise null.')),
  theme: slug('The theme (report section) of the passage the figure comes from.'),
  insight: nullable(slug('The id of the insight the figure is cited in (insights.json), or null when it comes from a theme’s overview.')),
  source: bilingual(text.figureFields.source, (language) => url(`In ${language}.`)),
  urls: bilingual('The figure on the figures page.', (language) => url(`In ${language}.`)),
} satisfies Record<string, JsonSchema>;

/** The JSON Schema of each JSON data file, by its name in DATA_FILES. */
export function dataSchemas(): Record<'insights' | 'speakers' | 'figures', JsonSchema> {
  return {
    insights: dataFile(DATA_FILES.insightsSchema, 'Insights', text.files.insights, 'insights', record('One insight.', insightProperties)),
    speakers: dataFile(DATA_FILES.speakersSchema, 'Speakers', text.files.speakers, 'speakers', record('One speaker.', speakerProperties)),
    figures: dataFile(DATA_FILES.figuresSchema, 'Figures', text.files.figures, 'figures', record('One figure.', figureProperties)),
  };
}

/** The source every data file names. */
export const DATA_SOURCE = { title: dictionary('en').layout.sourceTitle, publisher: PUBLISHER };
