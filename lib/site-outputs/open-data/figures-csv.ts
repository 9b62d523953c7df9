import { LANGS, type Lang } from '../../i18n/locales';
import { absoluteUrl } from '../../site';
import { toCsv } from './csv';
import { DATA_FILES, DATA_VERSION } from './paths';
import type { Bilingual, FigureRecord } from './records';
import { JSON_SCHEMA_DRAFT, figureProperties, type JsonSchema } from './schemas';

/*
 * figures.csv: figures.json flattened for spreadsheets, one row per figure,
 * one column per field and, for a text, per language (label_en, label_es).
 * Each column's description is its field's in the figure schema, so the CSV
 * and the JSON cannot disagree on what a field means.
 */

type Field = keyof typeof figureProperties & keyof FigureRecord;
/** The fields that hold a value per language: one column each per language. */
type TextField = { [K in Field]: FigureRecord[K] extends Bilingual | null ? K : never }[Field];
const TEXT_FIELDS: Record<TextField, true> = { display: true, label: true, basedOn: true, countedFrom: true, source: true, urls: true };
const isText = (field: Field): field is TextField => field in TEXT_FIELDS;

/** The CSV's columns, in order: a field, and the language for a text. */
const COLUMNS: readonly { field: Field; lang?: Lang }[] = (
  ['id', 'value', 'min', 'max', 'unit', 'display', 'qualifier', 'label', 'citedBy', 'basedOn', 'countedFrom', 'theme', 'insight', 'source', 'urls'] as const
).flatMap((field): { field: Field; lang?: Lang }[] => (isText(field) ? LANGS.map((lang) => ({ field, lang })) : [{ field }]));

const snake = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
const columnName = ({ field, lang }: (typeof COLUMNS)[number]) => (lang ? `${snake(field)}_${lang}` : snake(field));
const NUMBERS: ReadonlySet<Field> = new Set(['value', 'min', 'max']);

/** A cell: numbers as JavaScript writes them, null as an empty field. */
function cell(figure: FigureRecord, { field, lang }: (typeof COLUMNS)[number]): string {
  const value = figure[field];
  if (value === null) return '';
  if (typeof value === 'object') return lang ? value[lang] : '';
  return String(value);
}

/** The CSV text, header row first. */
export function figuresCsv(figures: readonly FigureRecord[]): string {
  return toCsv([COLUMNS.map(columnName), ...figures.map((figure) => COLUMNS.map((column) => cell(figure, column)))]);
}

/**
 * The JSON Schema of one row of figures.csv read as an object (header → cell,
 * every cell a string; empty where figures.json has null).
 */
export function figuresCsvSchema(): JsonSchema {
  const description = (field: Field, lang?: Lang) => {
    const schema: JsonSchema = figureProperties[field];
    return `${schema.description as string}${lang ? ` (${lang})` : ''}`;
  };
  const properties = Object.fromEntries(
    COLUMNS.map((column) => [
      columnName(column),
      { type: 'string', description: description(column.field, column.lang), ...(NUMBERS.has(column.field) ? { pattern: '^(-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?)?$' } : {}) },
    ]),
  );
  return {
    $schema: JSON_SCHEMA_DRAFT,
    $id: absoluteUrl(DATA_FILES.figuresCsvSchema),
    title: 'Figures (CSV row)',
    description: `One row of ${DATA_FILES.figuresCsv} (UTF-8, RFC 4180, header row), read as an object from column name to cell; the same figures as ${DATA_FILES.figures}, format version ${DATA_VERSION}.`,
    type: 'object',
    properties,
    required: Object.keys(properties),
    additionalProperties: false,
  };
}
