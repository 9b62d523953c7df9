import { getAllEvents, getAllSpeakers, getAllThemes, getAllTopics } from '../../content';
import { displayName, formatDate } from '../../format';
import { dictionary, fill } from '../../i18n/dictionary';
import { localizePath } from '../../i18n/locales';
import { getPageEntry } from '../../pages';
import { routes } from '../../routes';
import { SITE_NAME } from '../../site';
import { escapeMarkdown, markdownLink } from './markdown';
import { blocks, eventSections, figureSections, heading, linkedHeading, speakerNote, speakerProfile, themeSections, topicList } from './markdown-pages';
import type { OutputFile } from './output-file';
import { LLMS_FILES, OPEN_DATA_FILES, markdownTwinPath } from './paths';

/*
 * /llms.txt and /llms-full.txt, after llmstxt.org: an H1 with the site's
 * name, a blockquote summary, notes without headings, then `##` sections
 * that are lists of `- [name](url): notes`, the last one `## Optional`.
 * Links point at the pages' Markdown twins. Both files are in English; the
 * notes are the site's own texts (About, home), so they say nothing the
 * pages do not.
 */

const english = dictionary('en');
const fileName = (path: string) => path.slice(path.lastIndexOf('/') + 1);
/** A file-list line: a link, then its note. */
const entry = (name: string, path: string, note: string) => {
  const text = escapeMarkdown(note.replace(/\s+/g, ' ').trim());
  return text ? `- ${markdownLink(name, path)}: ${text}` : `- ${markdownLink(name, path)}`;
};
/** A page's line: linked to its Markdown twin. */
const pageEntry = (name: string, pagePath: string, note: string) => entry(name, markdownTwinPath(pagePath), note);
/** A page with the title (or `name`) and description it has in lib/pages.ts. */
const listedPage = (pagePath: string, name?: string) => {
  const page = getPageEntry(pagePath);
  return pageEntry(name ?? page?.title ?? pagePath, pagePath, page?.description ?? '');
};

/** The H1, the summary and the notes that both files open with. */
function preamble(): string {
  const { about, home, data } = english;
  const dates = getAllEvents('en').map((event) => formatDate(event.date, 'en')).join(home.and);
  return blocks(
    heading(1, `${SITE_NAME} — ${home.title}`),
    `> ${escapeMarkdown(about.lead)} *${escapeMarkdown(about.sourceCitation)}*${escapeMarkdown(about.sourcePublished)}`,
    escapeMarkdown(fill(home.intro, { dates })),
    `${escapeMarkdown(about.paraphrase1)}*${escapeMarkdown(about.paraphraseExample)}*${escapeMarkdown(about.paraphrase2)}`,
    escapeMarkdown(about.translation),
    fill(escapeMarkdown(data.markdown), { example: markdownLink(markdownTwinPath(routes.about), markdownTwinPath(routes.about)) }),
  );
}

/** The index: the themes, speakers and conferences, the data files, and the rest under Optional. */
export function llmsTxt(): string {
  const { nav, data } = english;
  const dataFiles = OPEN_DATA_FILES.filter((file) => file.path !== LLMS_FILES.index).flatMap(({ path, schema, describes }) => [
    entry(fileName(path), path, data.files[describes]),
    ...(schema ? [entry(fileName(schema), schema, `${data.schema} (${fileName(path)})`)] : []),
  ]);
  return `${blocks(
    preamble(),
    heading(2, nav.themes),
    getAllThemes('en').map((theme) => pageEntry(theme.title, theme.href, theme.summary)).join('\n'),
    heading(2, nav.speakers),
    getAllSpeakers('en').map((speaker) => pageEntry(displayName(speaker), speaker.href, speakerNote(speaker))).join('\n'),
    heading(2, nav.conferences),
    getAllEvents('en').map((event) => pageEntry(event.title, event.href, event.summary)).join('\n'),
    heading(2, data.heading),
    dataFiles.join('\n'),
    heading(2, 'Optional'),
    [
      ...getAllTopics('en').map((topic) => pageEntry(topic.label, topic.href, topic.description)),
      listedPage(routes.figures),
      listedPage(routes.about),
      // The Spanish edition, by its home page.
      listedPage(localizePath(routes.home, 'es'), dictionary('es').language.name),
    ].join('\n'),
  )}\n`;
}

/** The whole knowledge base in English: every theme with its insights, the speakers, conferences, topics and figures. */
export function llmsFullTxt(): string {
  const { nav, pages } = english;
  return `${blocks(
    preamble(),
    heading(2, nav.themes),
    ...getAllThemes('en').map((theme) => blocks(linkedHeading(3, theme.title, theme.href), escapeMarkdown(theme.summary), themeSections(theme, 'en', 4))),
    heading(2, nav.speakers),
    ...getAllSpeakers('en').map((speaker) => blocks(linkedHeading(3, displayName(speaker), speaker.href), speakerProfile(speaker, 'en'))),
    heading(2, nav.conferences),
    ...getAllEvents('en').map((event) => blocks(linkedHeading(3, event.title, event.href), escapeMarkdown(event.summary), eventSections(event, 'en', 4))),
    heading(2, nav.topics),
    topicList('en'),
    heading(2, pages.figuresTitle),
    figureSections('en', 3),
  )}\n`;
}

/** Both files, at the site's root. */
export function llmsFiles(): OutputFile[] {
  return [
    { path: LLMS_FILES.index, body: llmsTxt() },
    { path: LLMS_FILES.full, body: llmsFullTxt() },
  ];
}
