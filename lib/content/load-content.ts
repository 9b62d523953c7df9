import { readdirSync, readFileSync } from 'node:fs';
import { slug as githubSlug } from 'github-slugger';
import path from 'node:path';
import { ContentError, type ContentIssue } from './content-error';
import { renderMarkdown, type RenderedMarkdown } from '../markdown/pipeline';
import type { NameLink } from '../markdown/rehype-link-speakers';
import { isTranslationFile } from './load-translations';
import { nearest } from './nearest';
import { PAGE_SEGMENT } from '../paging';
import { routes, staticRoutes } from '../routes';
import {
  UNSTATED,
  eventSchema,
  insightMetaSchema,
  speakerSchema,
  themeSchema,
  topicListSchema,
  type EventFrontmatter,
  type SpeakerFrontmatter,
  type ThemeFrontmatter,
} from './schema';
import { foldText, slugify } from './slug';
import { parseSourceFile, decodeUtf8, type SourceFile } from './source-file';
import type { Backlink, ConferenceEvent, Content, Insight, Speaker, Theme, TopicEntry } from './types';
import { validateBlock } from './validate';
import { parseYamlBlock, type FieldPath, type YamlBlock } from './yaml-block';

interface Entry<T> {
  slug: string;
  source: SourceFile;
  data: T;
}

/** Collects issues for every file, so one run reports them all. */
class Checker {
  readonly issues: ContentIssue[] = [];

  constructor(readonly root: string) {}

  relative(file: string): string {
    return path.relative(this.root, file).split(path.sep).join('/');
  }

  at(block: YamlBlock, file: string, fieldPath: FieldPath, field: string, message: string): void {
    this.issues.push({ file, ...block.locate(fieldPath), field, message });
  }

  /** Reports an id that is not in `valid`, with the nearest valid ones. */
  reference(block: YamlBlock, file: string, fieldPath: FieldPath, field: string, kind: string, id: string, valid: Set<string>): boolean {
    if (valid.has(id)) return true;
    const hint = nearest(id, valid).map((candidate) => `"${candidate}"`).join(', ');
    this.at(block, file, fieldPath, field, `expected ${kind}, got "${id}" (nearest: ${hint})`);
    return false;
  }
}

function listMarkdown(dir: string): string[] {
  try {
    return readdirSync(dir)
      // A `.es.md` beside a file is its Spanish translation (load-translations.ts), not another entry.
      .filter((name) => name.endsWith('.md') && !isTranslationFile(name))
      .sort()
      .map((name) => path.join(dir, name));
  } catch {
    return [];
  }
}

/**
 * Reads and validates every file of one content type; slugs come from file
 * names. `slugs` holds every file's slug, valid or not, so that one bad file
 * does not make every reference to it an error too. `reserved` is a slug the
 * type's own URLs take (a speaker "page" would hide /speakers/page/2/).
 */
function loadEntries<T>(checker: Checker, dir: string, schema: Parameters<typeof validateBlock>[0], reserved?: string): { entries: Entry<T>[]; slugs: Set<string> } {
  const bySlug = new Map<string, string>();
  const entries: Entry<T>[] = [];
  for (const absolute of listMarkdown(dir)) {
    const file = checker.relative(absolute);
    const slug = slugify(path.basename(absolute, '.md'));
    const other = bySlug.get(slug);
    if (other) {
      checker.issues.push({ file, field: 'slug', message: `expected a unique slug, got "${slug}", which ${other} also has` });
      continue;
    }
    bySlug.set(slug, file);
    if (slug === reserved) {
      checker.issues.push({ file, field: 'slug', message: `expected a slug other than "${reserved}", which the list's later pages use (/${path.basename(dir)}/${reserved}/2/), got "${slug}"` });
      continue;
    }
    const source = parseSourceFile(readFileSync(absolute), file, checker.issues, { requireBody: true });
    const data = source && (validateBlock(schema, source.frontmatter, file, checker.issues) as T | undefined);
    if (source && data) entries.push({ slug, source, data });
  }
  return { entries, slugs: new Set(bySlug.keys()) };
}

function loadTopics(checker: Checker, contentDir: string): TopicEntry[] {
  const absolute = path.join(contentDir, 'topics.yml');
  const file = checker.relative(absolute);
  let bytes: Buffer;
  try {
    bytes = readFileSync(absolute);
  } catch {
    checker.issues.push({ file, field: 'file', message: 'expected the list of topics, got no such file' });
    return [];
  }
  const text = decodeUtf8(bytes, file, checker.issues);
  const block = text === undefined ? undefined : parseYamlBlock(text, file, 1, checker.issues);
  const topics = block && validateBlock(topicListSchema, block, file, checker.issues);
  if (!block || !topics) return [];
  const seen = new Set<string>();
  topics.forEach((topic, index) => {
    if (seen.has(topic.id)) checker.at(block, file, [index, 'id'], `[${index}].id`, `expected a unique topic id, got "${topic.id}" twice`);
    seen.add(topic.id);
  });
  return topics.map((topic) => ({ ...topic, href: routes.topic(topic.id), lang: 'en' as const }));
}

interface RenderedPage {
  href: string;
  title: string;
  source: SourceFile;
  rendered: RenderedMarkdown;
}

/** Where the link check can land: every page, and the ids on content pages. */
type RouteTable = Map<string, Set<string> | null>;

function checkLinks(checker: Checker, source: SourceFile, rendered: RenderedMarkdown, pageHref: string, table: RouteTable): void {
  for (const link of rendered.links) {
    if (!link.url.startsWith('/') && !link.url.startsWith('#')) continue;
    const [pathPart = '', fragment] = link.url.split('#', 2);
    const target = pathPart === '' ? pageHref : pathPart.endsWith('/') ? pathPart : `${pathPart}/`;
    const ids = table.get(target);
    const where = { file: source.file, line: source.bodyLineOffset + link.line, column: link.column, field: 'link' };
    if (ids === undefined) {
      checker.issues.push({ ...where, message: `expected a page of this site, got "${link.url}" (nearest: ${nearest(target, table.keys(), 2).join(', ')})` });
    } else if (fragment && ids && !ids.has(decodeURIComponent(fragment))) {
      checker.issues.push({ ...where, message: `expected an anchor on ${target}, got "#${fragment}" (nearest: ${nearest(fragment, ids, 2).map((id) => `#${id}`).join(', ')})` });
    }
  }
}

/** The ids that references in content may use. */
interface Known {
  topics: Set<string>;
  themes: Set<string>;
  events: Set<string>;
}

function checkTopics(checker: Checker, known: Known, block: YamlBlock, file: string, ids: readonly string[], base: FieldPath): void {
  ids.forEach((id, index) => checker.reference(block, file, [...base, index], `topics[${index}]`, 'a topic id from content/topics.yml', id, known.topics));
}

/** A speaker file's `##` sections as insights, each with its metadata comment checked. */
function loadInsights(checker: Checker, known: Known, source: SourceFile, rendered: RenderedMarkdown, slug: string, href: string): Insight[] {
  if (rendered.leadHtml !== '' || rendered.sections.length === 0) {
    checker.issues.push({ file: source.file, line: source.bodyLineOffset + 1, field: 'body', message: 'expected the body to be `##` insights, the first line of content a `##` heading, got text before any heading' });
  }
  const insights = rendered.sections.flatMap((section): Insight[] => {
    if (!section.meta) {
      checker.issues.push({ file: source.file, line: source.bodyLineOffset + section.line, field: 'insight', message: `expected a <!-- theme, topics, conference --> comment right after "## ${section.title}", got none` });
      return [];
    }
    const block = parseYamlBlock(section.meta.yaml, source.file, source.bodyLineOffset + section.meta.line, checker.issues);
    const meta = block && validateBlock(insightMetaSchema, block, source.file, checker.issues);
    if (!block || !meta) return [];
    checker.reference(block, source.file, ['theme'], 'theme', 'a theme id (a file in content/themes/)', meta.theme, known.themes);
    checkTopics(checker, known, block, source.file, meta.topics, ['topics']);
    if (meta.conference !== UNSTATED) {
      checker.reference(block, source.file, ['conference'], 'conference', `an event date (a file in content/events/) or "${UNSTATED}"`, meta.conference, known.events);
    }
    return [{
      id: section.id, aliases: meta.aliases ?? [], title: section.title, headingHtml: section.headingHtml,
      bodyHtml: section.bodyHtml, text: section.text, theme: meta.theme, topics: meta.topics,
      conference: meta.conference, speaker: slug, href: `${href}#${section.id}`, page: routes.insight(slug, section.id), line: source.bodyLineOffset + section.line, lang: 'en',
    }];
  });
  const ids = new Set<string>();
  for (const insight of insights) {
    // rehype-slug suffixes a repeated id with -1, -2…: that id would then depend on position.
    const unique = insight.id === foldText(githubSlug(insight.title)) && !ids.has(insight.id);
    if (!unique) checker.issues.push({ file: source.file, line: insight.line, field: 'insight', message: `expected a title unlike the others in this file, got "${insight.title}" again` });
    for (const alias of insight.aliases) {
      if (ids.has(alias)) checker.issues.push({ file: source.file, line: insight.line, field: 'aliases', message: `expected an id no other insight here uses, got "${alias}"` });
      ids.add(alias);
    }
    ids.add(insight.id);
  }
  return insights;
}

/**
 * A speaker's frontmatter must agree with their insights: the same
 * conferences (checked only when every insight loaded) and every topic.
 * Returns the speaker's conference dates.
 */
function checkSpeakerFacts(checker: Checker, known: Known, entry: Entry<SpeakerFrontmatter>, insights: readonly Insight[], complete: boolean): string[] {
  const { source, data } = entry;
  const stated = [...new Set(insights.map((insight) => insight.conference).filter((date) => date !== UNSTATED))].sort();
  const dates = data.date === UNSTATED ? [] : typeof data.date === 'string' ? [data.date] : [...data.date].sort();
  if (stated.join() !== dates.join() && complete) {
    const expected = stated.length === 0 ? `"${UNSTATED}"` : `[${stated.join(', ')}]`;
    checker.at(source.frontmatter, source.file, ['date'], 'date', `expected the conferences of the insights, ${expected}, got ${dates.length === 0 ? `"${UNSTATED}"` : `[${dates.join(', ')}]`}`);
  }
  const insightTopics = new Set(insights.flatMap((insight) => insight.topics));
  const missing = [...insightTopics].filter((id) => known.topics.has(id) && !data.topics.includes(id));
  if (missing.length > 0) {
    checker.at(source.frontmatter, source.file, ['topics'], 'topics', `expected every topic of the insights, got a list without ${missing.map((id) => `"${id}"`).join(', ')}`);
  }
  return dates;
}

/** Event files are named by their date; theme orders are unique. */
function checkEventsAndThemes(checker: Checker, known: Known, events: readonly Entry<EventFrontmatter>[], themes: readonly Entry<ThemeFrontmatter>[]): void {
  for (const entry of events) {
    if (entry.data.date !== entry.slug) {
      checker.at(entry.source.frontmatter, entry.source.file, ['date'], 'date', `expected the file's date "${entry.slug}", got "${entry.data.date}"`);
    }
  }
  const orders = new Map<number, string>();
  for (const entry of themes) {
    checkTopics(checker, known, entry.source.frontmatter, entry.source.file, entry.data.topics, ['topics']);
    const other = orders.get(entry.data.order);
    if (other) checker.at(entry.source.frontmatter, entry.source.file, ['order'], 'order', `expected a unique order, got ${entry.data.order}, which ${other} also has`);
    orders.set(entry.data.order, entry.source.file);
  }
}

/**
 * Checks every internal link in content against the pages and their ids,
 * and gathers, per speaker, the sections that mention them.
 */
function checkLinksAndCollectBacklinks(checker: Checker, pages: readonly RenderedPage[], table: RouteTable): Record<string, Backlink[]> {
  const backlinks: Record<string, Backlink[]> = {};
  for (const page of pages) {
    checkLinks(checker, page.source, page.rendered, page.href, table);
    for (const mention of page.rendered.mentions) {
      const slug = mention.href.split('/')[2] ?? '';
      const section = page.rendered.sections.find((candidate) => candidate.id === mention.sectionId);
      const link = { href: section ? `${page.href}#${section.id}` : page.href, title: section ? `${page.title}: ${section.title}` : page.title };
      const list = (backlinks[slug] ??= []);
      if (!list.some((existing) => existing.href === link.href)) list.push(link);
    }
  }
  return backlinks;
}

/**
 * Loads, validates and renders everything under `<root>/content`. Throws one
 * ContentError listing every problem; returns nothing half-checked.
 */
export function loadContent(root: string): Content {
  const checker = new Checker(root);
  const contentDir = path.join(root, 'content');
  const topics = loadTopics(checker, contentDir);
  const speakerFiles = loadEntries<SpeakerFrontmatter>(checker, path.join(contentDir, 'speakers'), speakerSchema, PAGE_SEGMENT);
  const themeFiles = loadEntries<ThemeFrontmatter>(checker, path.join(contentDir, 'themes'), themeSchema);
  const eventFiles = loadEntries<EventFrontmatter>(checker, path.join(contentDir, 'events'), eventSchema);
  const known: Known = { topics: new Set(topics.map((topic) => topic.id)), themes: themeFiles.slugs, events: eventFiles.slugs };

  const names: NameLink[] = speakerFiles.entries.map((entry) => ({ name: entry.data.speaker, href: routes.speaker(entry.slug) }));
  // Every rendered page, kept for the link check and backlinks below.
  const pages: RenderedPage[] = [];
  const render = (source: SourceFile, href: string, title: string) => {
    const rendered = renderMarkdown(source.body, { names, selfHref: href });
    pages.push({ href, title, source, rendered });
    return rendered;
  };

  checkEventsAndThemes(checker, known, eventFiles.entries, themeFiles.entries);

  const speakers: Speaker[] = speakerFiles.entries.map((entry) => {
    const { source, data, slug } = entry;
    const href = routes.speaker(slug);
    const rendered = render(source, href, data.speaker);
    checkTopics(checker, known, source.frontmatter, source.file, data.topics, ['topics']);
    const insights = loadInsights(checker, known, source, rendered, slug, href);
    const dates = checkSpeakerFacts(checker, known, entry, insights, insights.length === rendered.sections.length);
    const themes = [...new Set(insights.map((insight) => insight.theme))];
    return {
      slug, file: source.file, href, name: data.speaker, honorific: data.honorific, role: data.role, organization: data.organization,
      district: data.district, dates, topics: data.topics, summary: data.summary, insights, themes, lang: 'en',
    };
  });

  const themes: Theme[] = themeFiles.entries
    .map((entry) => {
      const rendered = render(entry.source, routes.theme(entry.slug), entry.data.title);
      return {
        slug: entry.slug, file: entry.source.file, href: routes.theme(entry.slug), title: entry.data.title, order: entry.data.order,
        summary: entry.data.summary, topics: entry.data.topics, html: rendered.html, text: rendered.text,
        headings: rendered.sections.map(({ id, title }) => ({ id, title })),
        speakers: speakers.filter((speaker) => speaker.themes.includes(entry.slug)).map((speaker) => speaker.slug), lang: 'en' as const,
      };
    })
    .sort((a, b) => a.order - b.order);
  const events: ConferenceEvent[] = eventFiles.entries.map((entry) => {
    const rendered = render(entry.source, routes.event(entry.slug), entry.data.title);
    return {
      date: entry.slug, file: entry.source.file, href: routes.event(entry.slug), title: entry.data.title, location: entry.data.location,
      summary: entry.data.summary, html: rendered.html, headings: rendered.sections.map(({ id, title }) => ({ id, title })),
      speakers: speakers.filter((speaker) => speaker.dates.includes(entry.slug)).map((speaker) => speaker.slug), lang: 'en',
    };
  });

  // Where links may land. Pages of invalid files still exist for the check; their ids are unknown.
  const table: RouteTable = new Map(staticRoutes.map((route) => [route, null]));
  for (const slug of speakerFiles.slugs) table.set(routes.speaker(slug), null);
  for (const slug of themeFiles.slugs) table.set(routes.theme(slug), null);
  for (const slug of eventFiles.slugs) table.set(routes.event(slug), null);
  for (const topic of topics) table.set(topic.href, new Set());
  for (const page of pages) table.set(page.href, new Set(page.rendered.ids));
  for (const speaker of speakers) {
    for (const insight of speaker.insights) for (const alias of insight.aliases) table.get(speaker.href)?.add(alias);
  }
  const backlinks = checkLinksAndCollectBacklinks(checker, pages, table);

  if (checker.issues.length > 0) throw new ContentError(checker.issues);
  return { speakers, themes, events, topics, backlinks };
}
