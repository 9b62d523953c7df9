import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parseCsv } from '../../lib/site-outputs/open-data/csv';
import { DATA_FILES, LLMS_FILES } from '../../lib/site-outputs/open-data/paths';
import { allPages } from './pages';

/*
 * The open data as built: the files in out/, checked against the schemas
 * they publish and against the site they describe, and served with the
 * right types.
 */

const out = path.resolve(import.meta.dirname, '../../out');
const read = (sitePath: string) => readFileSync(path.join(out, sitePath), 'utf8');
const readJson = (sitePath: string) => JSON.parse(read(sitePath)) as Record<string, unknown>;

/** A fresh Ajv for draft 2020-12 with formats, strict about unknown keywords. */
function compile(schema: Record<string, unknown>) {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv.compile(schema);
}

/** Every string in a JSON value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** Whether a site URL path has its file in out/ and, for a `#fragment`, an element with that id. */
function existsInOut(urlPath: string, fragment: string): boolean {
  const file = path.join(out, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
  if (!existsSync(file)) return false;
  return !fragment || readFileSync(file, 'utf8').includes(` id="${fragment}"`);
}

const JSON_FILES = [
  [DATA_FILES.insights, DATA_FILES.insightsSchema, 'insights'],
  [DATA_FILES.speakers, DATA_FILES.speakersSchema, 'speakers'],
  [DATA_FILES.figures, DATA_FILES.figuresSchema, 'figures'],
] as const;

test('every JSON data file validates against the schema it names, and has a version', () => {
  for (const [file, schemaPath, key] of JSON_FILES) {
    const schema = readJson(schemaPath);
    const data = readJson(file);
    expect(new URL(String(data.$schema)).pathname).toBe(schemaPath);
    expect(schema.$id).toBe(data.$schema);
    expect(data.version).toMatch(/^\d+\.\d+\.\d+$/);
    const validate = compile(schema);
    expect(validate(data), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
    expect((data[key] as unknown[]).length, file).toBeGreaterThan(0);
  }
});

test('figures.csv has one row per figure of figures.json, each valid against figures.csv.schema.json', () => {
  const [header = [], ...rows] = parseCsv(read(DATA_FILES.figuresCsv));
  const figures = readJson(DATA_FILES.figures).figures as { id: string }[];
  const validate = compile(readJson(DATA_FILES.figuresCsvSchema));
  expect(rows.map((row) => row[header.indexOf('id')])).toEqual(figures.map((figure) => figure.id));
  for (const row of rows) {
    const record = Object.fromEntries(header.map((name, index) => [name, row[index]]));
    expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
  }
});

test('the data files count what the site has: 52 insights, 19 speakers, 34 figures, and a page for each insight', () => {
  const insights = readJson(DATA_FILES.insights).insights as { urls: Record<string, { page: string }> }[];
  expect(insights).toHaveLength(52);
  expect(readJson(DATA_FILES.speakers).speakers).toHaveLength(19);
  expect(readJson(DATA_FILES.figures).figures).toHaveLength(34);
  for (const insight of insights) for (const { page } of Object.values(insight.urls)) expect(existsInOut(new URL(page).pathname, ''), page).toBe(true);
});

test('every URL on the site named in a data file or llms.txt exists in out/, #fragment included', () => {
  const origin = new URL(String(readJson(DATA_FILES.insightsSchema).$id)).origin;
  const urls = [
    ...JSON_FILES.flatMap(([file, schema]) => [...strings(readJson(file)), ...strings(readJson(schema))]),
    ...strings(readJson(DATA_FILES.figuresCsvSchema)),
    ...parseCsv(read(DATA_FILES.figuresCsv)).flat(),
    ...[LLMS_FILES.index, LLMS_FILES.full].flatMap((file) => [...read(file).matchAll(/\]\((https?:\/\/[^)\s]+)\)/g)].map(([, url = '']) => url)),
  ].filter((value) => value.startsWith(`${origin}/`));
  expect(urls.length).toBeGreaterThan(300);
  const missing = [...new Set(urls)].filter((url) => {
    const { pathname, hash } = new URL(url);
    return !existsInOut(decodeURIComponent(pathname), decodeURIComponent(hash.slice(1)));
  });
  expect(missing).toEqual([]);
});

test('every HTML page in out/ (but the 404 pages and those at an insight’s former id) has its Markdown twin at its URL + index.md', () => {
  const pages = allPages().filter((page) => page.endsWith('/') && !/^(\/es)?\/404\//.test(page));
  expect(pages.length).toBeGreaterThan(200);
  const missing = pages.map((page) => `${page}index.md`).filter((twin) => !existsSync(path.join(out, twin)));
  expect(missing).toEqual([]);
  const twin = read('/speakers/kim-ogg/index.md');
  expect(twin).toMatch(/^# Kim Ogg\n/);
  expect(twin).toContain('Ogg described harrowing human trafficking cases');
});

test('the files are served with their types: CSV, Markdown, plain text and JSON, as UTF-8', async ({ request }) => {
  for (const [url, type] of [
    [DATA_FILES.figuresCsv, 'text/csv; charset=utf-8'],
    ['/speakers/kim-ogg/index.md', 'text/markdown; charset=utf-8'],
    ['/es/speakers/kim-ogg/index.md', 'text/markdown; charset=utf-8'],
    [LLMS_FILES.index, 'text/plain; charset=utf-8'],
    [LLMS_FILES.full, 'text/plain; charset=utf-8'],
    [DATA_FILES.insights, 'application/json; charset=utf-8'],
    [DATA_FILES.insightsSchema, 'application/json; charset=utf-8'],
  ] as const) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    expect(response.headers()['content-type'], url).toBe(type);
  }
  // Decoded as the UTF-8 it says it is.
  expect(await (await request.get(DATA_FILES.figuresCsv)).text()).toContain('36 billones de dólares');
});
