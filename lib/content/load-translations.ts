import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { describeValue, type ContentIssue } from './content-error';
import type { Figure } from './figures';
import { nearest } from './nearest';
import { foldText } from './slug';
import { parseSourceFile, decodeUtf8, type SourceFile } from './source-file';
import {
  eventTranslationSchema,
  figureTranslationListSchema,
  glossarySchema,
  speakerTranslationSchema,
  spanishNumbersWritten,
  themeTranslationSchema,
  topicTranslationListSchema,
  translationSettingsSchema,
} from './translation-schema';
import type { Content } from './types';
import { validateBlock } from './validate';
import { parseYamlBlock, type YamlBlock } from './yaml-block';

/** A translation sits beside its English file: `kim-ogg.md` → `kim-ogg.es.md`. */
export const TRANSLATION_EXTENSION = '.es.md';

export function isTranslationFile(name: string): boolean {
  return name.endsWith(TRANSLATION_EXTENSION);
}

/** One translated `##` section, tied to its English heading by the id it names. */
export interface SectionTranslation {
  id: string;
  title: string;
  /** The section's Markdown, without its heading and id line. */
  markdown: string;
  line: number;
}

export interface SpeakerTranslation extends z.infer<typeof speakerTranslationSchema> {
  file: string;
  sections: Map<string, SectionTranslation>;
}

export interface ThemeTranslation extends z.infer<typeof themeTranslationSchema> {
  file: string;
  /** The overview's Markdown; its headings keep their English ids. */
  markdown: string;
  sections: Map<string, SectionTranslation>;
}

export interface EventTranslation extends z.infer<typeof eventTranslationSchema> {
  file: string;
  /** The page's Markdown; its headings keep their English ids. */
  markdown: string;
  sections: Map<string, SectionTranslation>;
}

export type TopicTranslation = z.infer<typeof topicTranslationListSchema>[number];
export type FigureTranslation = z.infer<typeof figureTranslationListSchema>[number];
export type GlossaryEntry = z.infer<typeof glossarySchema>[number];

export interface Translations {
  missing: z.infer<typeof translationSettingsSchema>['missing'];
  speakers: Map<string, SpeakerTranslation>;
  themes: Map<string, ThemeTranslation>;
  events: Map<string, EventTranslation>;
  topics: Map<string, TopicTranslation>;
  figures: Map<string, FigureTranslation>;
  glossary: GlossaryEntry[];
  /** How much of the English edition has its Spanish text. */
  coverage: { insights: number; totalInsights: number; files: number; totalFiles: number };
}

const HEADING = /^(#{2,3})\s+(.+?)\s*#*\s*$/;
const ID_LINE = /^<!--\s*id:\s*(\S+)\s*-->$/;

/**
 * Splits a translated body into the text before its first heading and one
 * section per heading; each heading must be followed by `<!-- id: … -->`
 * naming the English section's id, which the Spanish title never changes.
 */
function splitSections(source: SourceFile, issues: ContentIssue[]): { intro: string; sections: SectionTranslation[] } {
  const lines = source.body.split('\n');
  const sections: SectionTranslation[] = [];
  const intro: string[] = [];
  let current: { section: SectionTranslation; lines: string[] } | undefined;
  for (let index = 0; index < lines.length; index++) {
    const heading = HEADING.exec(lines[index]!);
    if (!heading) {
      (current ? current.lines : intro).push(lines[index]!);
      continue;
    }
    const line = source.bodyLineOffset + index + 1;
    let next = index + 1;
    while (next < lines.length && lines[next]!.trim() === '') next++;
    const id = ID_LINE.exec(lines[next]?.trim() ?? '')?.[1];
    if (current) current.section.markdown = current.lines.join('\n').trim();
    if (!id) {
      issues.push({ file: source.file, line: line + 1, field: 'id', message: `expected a line "<!-- id: … -->" naming the English section after the heading, got ${describeValue(lines[next]?.trim() ?? '')}` });
      current = undefined;
      continue;
    }
    current = { section: { id, title: heading[2]!, markdown: '', line }, lines: [] };
    sections.push(current.section);
    index = next;
  }
  if (current) current.section.markdown = current.lines.join('\n').trim();
  return { intro: intro.join('\n').trim(), sections };
}

/** Each section's id must be one of `valid` and appear once; returns them by id. */
function matchSections(sections: SectionTranslation[], valid: Map<string, string>, file: string, english: string, issues: ContentIssue[]): Map<string, SectionTranslation> {
  const byId = new Map<string, SectionTranslation>();
  for (const section of sections) {
    if (!valid.has(section.id)) {
      const hint = nearest(section.id, new Set(valid.keys())).map((id) => `"${id}"`).join(', ');
      issues.push({ file, line: section.line + 1, field: 'id', message: `expected the id of a section of ${english}, got "${section.id}"${hint ? ` (nearest: ${hint})` : ''}` });
      continue;
    }
    const first = byId.get(section.id);
    if (first) {
      issues.push({ file, line: section.line + 1, field: 'id', message: `expected each section translated once, got "${section.id}" again (first at line ${first.line})` });
      continue;
    }
    byId.set(section.id, section);
  }
  return byId;
}

/** A text field must be translated exactly where the English gives it. */
function sameFields<F extends string>(data: Partial<Record<F, unknown>>, english: Partial<Record<F, unknown>>, fields: readonly F[], block: YamlBlock, file: string, englishFile: string, issues: ContentIssue[]): void {
  for (const field of fields) {
    if (data[field] !== undefined && english[field] === undefined) {
      issues.push({ file, ...block.locate([field]), field, message: `expected no ${field} (${englishFile} gives none), got ${describeValue(data[field])}` });
    } else if (data[field] === undefined && english[field] !== undefined) {
      issues.push({ file, ...block.locate([]), field, message: `expected the ${field} of ${englishFile}, translated, got nothing` });
    }
  }
}

function listTranslations(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter(isTranslationFile)
    .sort()
    .map((name) => path.join(dir, name));
}

function readYaml(root: string, file: string, issues: ContentIssue[]): YamlBlock | undefined {
  const absolute = path.join(root, file);
  if (!existsSync(absolute)) return undefined;
  const text = decodeUtf8(readFileSync(absolute), file, issues);
  return text === undefined ? undefined : parseYamlBlock(text, file, 1, issues);
}

/** Entries of a translated list keyed by id: known ids only, each once. */
function listById<T extends { id: string }>(entries: T[], valid: Set<string>, block: YamlBlock, file: string, kind: string, issues: ContentIssue[]): Map<string, T> {
  const byId = new Map<string, T>();
  entries.forEach((entry, index) => {
    if (!valid.has(entry.id)) {
      const hint = nearest(entry.id, valid).map((id) => `"${id}"`).join(', ');
      issues.push({ file, ...block.locate([index, 'id']), field: `[${index}].id`, message: `expected the id of ${kind}, got "${entry.id}"${hint ? ` (nearest: ${hint})` : ''}` });
    } else if (byId.has(entry.id)) {
      issues.push({ file, ...block.locate([index, 'id']), field: `[${index}].id`, message: `expected each id translated once, got "${entry.id}" again` });
    } else byId.set(entry.id, entry);
  });
  return byId;
}

/**
 * Loads and checks the Spanish edition against the loaded English content:
 * every translated section, topic and figure names an English one; texts
 * are present exactly where the English has them; a figure states the same
 * quantity; the glossary gives one rendering per term. With `missing: error`
 * (the default) every English text must be translated.
 */
export function loadTranslations(root: string, english: Pick<Content, 'speakers' | 'themes' | 'events' | 'topics'>, figures: readonly Figure[], issues: ContentIssue[]): Translations {
  const relative = (absolute: string) => path.relative(root, absolute).split(path.sep).join('/');
  const settingsBlock = readYaml(root, 'content/translations.yml', issues);
  const settings = settingsBlock ? validateBlock(translationSettingsSchema, settingsBlock, 'content/translations.yml', issues) : undefined;
  const missing = settings?.missing ?? 'error';
  const required: ContentIssue[] = [];

  /** Each translation in `content/<dir>`, parsed, with the English entry it translates (one without is an error). */
  function* translatedFiles<T extends { file: string }>(dir: string, items: readonly T[], kind: string): Generator<{ source: SourceFile; item: T }> {
    for (const absolute of listTranslations(path.join(root, 'content', dir))) {
      const source = parseSourceFile(readFileSync(absolute), relative(absolute), issues, { requireBody: false });
      if (!source) continue;
      const englishFile = source.file.slice(0, -TRANSLATION_EXTENSION.length) + '.md';
      const item = items.find((candidate) => candidate.file === englishFile);
      if (item) yield { source, item };
      else issues.push({ file: source.file, line: 1, field: 'file', message: `expected the translation of an English ${kind} file, got none named ${englishFile}` });
    }
  }

  const speakers = new Map<string, SpeakerTranslation>();
  for (const { source, item: speaker } of translatedFiles('speakers', english.speakers, 'speaker')) {
    const data = validateBlock(speakerTranslationSchema, source.frontmatter, source.file, issues);
    if (!data) continue;
    sameFields(data, speaker, ['honorific', 'role', 'organization', 'district'] as const, source.frontmatter, source.file, speaker.file, issues);
    const { sections } = splitSections(source, issues);
    const byId = matchSections(sections, new Map(speaker.insights.map((insight) => [insight.id, insight.title])), source.file, speaker.file, issues);
    speakers.set(speaker.slug, { ...data, file: source.file, sections: byId });
  }

  /** A translated text's headings: each names one of the English file's, and every one of those is translated. */
  const headingsOf = (source: SourceFile, item: { file: string; headings: readonly { id: string; title: string }[] }) => {
    const { sections } = splitSections(source, issues);
    const byId = matchSections(sections, new Map(item.headings.map((heading) => [heading.id, heading.title])), source.file, item.file, issues);
    for (const heading of item.headings) {
      if (!byId.has(heading.id)) issues.push({ file: source.file, field: 'id', message: `expected the heading "${heading.title}" of ${item.file} translated, with <!-- id: ${heading.id} -->, got none` });
    }
    return byId;
  };

  const themes = new Map<string, ThemeTranslation>();
  for (const { source, item: theme } of translatedFiles('themes', english.themes, 'theme')) {
    const data = validateBlock(themeTranslationSchema, source.frontmatter, source.file, issues);
    if (data) themes.set(theme.slug, { ...data, file: source.file, markdown: source.body.trim(), sections: headingsOf(source, theme) });
  }

  const events = new Map<string, EventTranslation>();
  for (const { source, item: event } of translatedFiles('events', english.events, 'event')) {
    const data = validateBlock(eventTranslationSchema, source.frontmatter, source.file, issues);
    if (data) events.set(event.date, { ...data, file: source.file, markdown: source.body.trim(), sections: headingsOf(source, event) });
  }

  const topicsFile = 'content/topics.es.yml';
  const topicsBlock = readYaml(root, topicsFile, issues);
  const topicList = topicsBlock ? validateBlock(topicTranslationListSchema, topicsBlock, topicsFile, issues) : undefined;
  const topics = topicList && topicsBlock ? listById(topicList, new Set(english.topics.map((topic) => topic.id)), topicsBlock, topicsFile, 'a topic of content/topics.yml', issues) : new Map<string, TopicTranslation>();

  const figuresFile = 'content/figures.es.yml';
  const figuresBlock = readYaml(root, figuresFile, issues);
  const figureList = figuresBlock ? validateBlock(figureTranslationListSchema, figuresBlock, figuresFile, issues) : undefined;
  const figureById = new Map(figures.map((figure) => [figure.id, figure]));
  const translatedFigures = figureList && figuresBlock ? listById(figureList, new Set(figureById.keys()), figuresBlock, figuresFile, 'a figure of content/figures.yml', issues) : new Map<string, FigureTranslation>();
  if (figureList && figuresBlock) {
    figureList.forEach((entry, index) => {
      const figure = figureById.get(entry.id);
      if (!figure || translatedFigures.get(entry.id) !== entry) return;
      const expected = figure.value !== undefined ? [figure.value] : [figure.min, figure.max];
      const stated = spanishNumbersWritten(entry.display);
      if (stated.join() !== expected.join()) {
        issues.push({ file: figuresFile, ...figuresBlock.locate([index, 'display']), field: `[${index}].display`, message: `expected the quantity of content/figures.yml's "${figure.display}" (${expected.join(' to ')}), got ${describeValue(entry.display)}, which states ${stated.length > 0 ? stated.join(' and ') : 'no number'}` });
      }
      for (const field of ['chartLabel', 'basedOn', 'countedFrom'] as const) {
        if ((entry[field] === undefined) !== (figure[field] === undefined)) {
          issues.push({ file: figuresFile, ...figuresBlock.locate([index, entry[field] === undefined ? 'id' : field]), field: `[${index}].${field}`, message: figure[field] === undefined ? `expected no ${field} (the English figure has none), got ${describeValue(entry[field])}` : `expected the English figure's ${field}, translated, got nothing` });
        }
      }
    });
  }

  const glossaryFile = 'content/glossary.yml';
  const glossaryBlock = readYaml(root, glossaryFile, issues);
  const glossary = (glossaryBlock && validateBlock(glossarySchema, glossaryBlock, glossaryFile, issues)) ?? [];
  for (const side of ['en', 'es'] as const) {
    const seen = new Map<string, number>();
    glossary.forEach((entry, index) => {
      const key = foldText(entry[side]);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, index);
      else issues.push({ file: glossaryFile, ...glossaryBlock!.locate([index, side]), field: `[${index}].${side}`, message: `expected one rendering per term, got ${describeValue(entry[side])} again (also [${first}]: ${glossary[first]!.en} = ${glossary[first]!.es})` });
    });
  }

  // What the English edition has and the Spanish lacks: an error unless the content allows a fallback.
  for (const speaker of english.speakers) {
    const translation = speakers.get(speaker.slug);
    if (!translation) required.push({ file: speaker.file, line: 1, field: 'translation', message: `expected a Spanish translation, ${speaker.file.replace(/\.md$/, TRANSLATION_EXTENSION)}, got none` });
    else for (const insight of speaker.insights) if (!translation.sections.has(insight.id)) required.push({ file: speaker.file, line: insight.line, field: 'translation', message: `expected this insight translated in ${translation.file} (a section with <!-- id: ${insight.id} -->), got none` });
  }
  for (const [items, done, kind] of [
    [english.themes, themes, 'theme'],
    [english.events, events, 'event'],
  ] as const) {
    for (const item of items) if (![...done.values()].some((translation) => translation.file === item.file.replace(/\.md$/, TRANSLATION_EXTENSION))) required.push({ file: item.file, line: 1, field: 'translation', message: `expected a Spanish translation of this ${kind}, ${item.file.replace(/\.md$/, TRANSLATION_EXTENSION)}, got none` });
  }
  for (const topic of english.topics) if (!topics.has(topic.id)) required.push({ file: topicsFile, field: 'translation', message: `expected the topic "${topic.id}" translated, got none` });
  for (const figure of figures) if (!translatedFigures.has(figure.id)) required.push({ file: figuresFile, field: 'translation', message: `expected the figure "${figure.id}" translated, got none` });
  if (missing === 'error') issues.push(...required);

  const totalInsights = english.speakers.reduce((sum, speaker) => sum + speaker.insights.length, 0);
  const insights = english.speakers.reduce((sum, speaker) => sum + speaker.insights.filter((insight) => speakers.get(speaker.slug)?.sections.has(insight.id)).length, 0);
  return {
    missing,
    speakers,
    themes,
    events,
    topics,
    figures: translatedFigures,
    glossary,
    coverage: { insights, totalInsights, files: speakers.size + themes.size + events.size, totalFiles: english.speakers.length + english.themes.length + english.events.length },
  };
}
