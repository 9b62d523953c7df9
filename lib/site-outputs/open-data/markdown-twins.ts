import { getAllEvents, getAllSpeakers, getEvent, getInsightsByTheme, getInsightsByTopic, getSpeaker, getSpeakers, getTheme, getTopic, type Insight, type Speaker } from '../../content';
import { displayName, formatDate } from '../../format';
import { dictionary, fill } from '../../i18n/dictionary';
import { localizePath, otherLang, type Lang } from '../../i18n/locales';
import { getPageEntries, type PageEntry } from '../../pages';
import { getListPageCounts } from '../../paged-lists';
import { HOME_SPEAKERS, PAGE_SIZES, pageHref, pageItems } from '../../paging';
import { routes } from '../../routes';
import { escapeMarkdown, markdownLink } from './markdown';
import {
  blocks,
  dataDictionary,
  dataFileList,
  eventList,
  eventSections,
  figureSections,
  heading,
  insightPageSections,
  insightSection,
  speakerList,
  speakerPage,
  themeList,
  themeSections,
  topicList,
} from './markdown-pages';
import type { OutputFile } from './output-file';
import { LLMS_FILES, markdownTwinPath } from './paths';

/*
 * A Markdown twin of every page, at the page's URL + `index.md`
 * (`/speakers/kim-ogg/index.md`), in the page's language: its title, what it
 * says, and a last line linking the page and its twin in the other language.
 */

/** A twin's H1 and what follows it. */
interface TwinContent {
  title: string;
  body: string;
}

const link = (text: string, path: string, lang: Lang) => markdownLink(text, localizePath(path, lang));

/** The About page: the same texts as app/_routes/about.tsx, in the same order, and its open data section. */
function aboutTwin(lang: Lang): TwinContent {
  const text = dictionary(lang);
  const about = text.about;
  return {
    title: about.title,
    body: blocks(
      escapeMarkdown(about.lead),
      heading(2, about.sourceHeading),
      `*${escapeMarkdown(about.sourceCitation)}*${escapeMarkdown(about.sourcePublished)}`,
      heading(2, about.madeHeading),
      [
        escapeMarkdown(about.made1),
        link(about.madeTheme, routes.themes, lang),
        escapeMarkdown(about.made2),
        link(about.madeSpeaker, routes.speakers, lang),
        escapeMarkdown(about.made3),
        link(about.madeTopics, routes.topics, lang),
        escapeMarkdown(about.made4),
      ].join(''),
      [`- ${escapeMarkdown(about.conferenceRule)}${escapeMarkdown(about.unstatedRule1)}*${escapeMarkdown(text.conference.notStated)}*${escapeMarkdown(about.unstatedRule2)}`, `- ${escapeMarkdown(about.roleRule)}`].join('\n'),
      heading(2, about.paraphraseHeading),
      `${escapeMarkdown(about.paraphrase1)}*${escapeMarkdown(about.paraphraseExample)}*${escapeMarkdown(about.paraphrase2)}`,
      heading(2, about.translationHeading),
      escapeMarkdown(about.translation),
      heading(2, text.data.heading),
      escapeMarkdown(text.data.lead),
      dataFileList(lang),
      fill(escapeMarkdown(text.data.markdown), { example: markdownLink(markdownTwinPath(localizePath(routes.about, lang)), markdownTwinPath(localizePath(routes.about, lang))) }),
      dataDictionary(lang, 3),
    ),
  };
}

/** The pages that exist whatever the content, by their English path. */
const STATIC_TWINS: Record<string, (entry: PageEntry) => TwinContent> = {
  [routes.home]: ({ lang }) => {
    const home = dictionary(lang).home;
    return {
      title: home.title,
      body: blocks(
        escapeMarkdown(home.subtitle),
        escapeMarkdown(fill(home.intro, { dates: getAllEvents(lang).map((event) => formatDate(event.date, lang)).join(home.and) })),
        heading(2, home.startWithTheme),
        themeList(lang),
        heading(2, home.keyFigures),
        link(home.everyFigure, routes.figures, lang),
        heading(2, home.theSpeakers),
        speakerList(lang, getAllSpeakers(lang).slice(0, HOME_SPEAKERS)),
        link(home.allSpeakers, routes.speakers, lang),
        heading(2, home.theConferences),
        eventList(lang),
      ),
    };
  },
  [routes.speakers]: ({ lang, description }) => ({ title: dictionary(lang).pages.speakersTitle, body: blocks(escapeMarkdown(description), speakerList(lang, firstPage(getAllSpeakers(lang), PAGE_SIZES.speakers))) }),
  [routes.themes]: ({ lang }) => ({ title: dictionary(lang).pages.themesTitle, body: blocks(escapeMarkdown(dictionary(lang).pages.themesLead), themeList(lang)) }),
  [routes.events]: ({ lang }) => ({ title: dictionary(lang).pages.eventsTitle, body: blocks(escapeMarkdown(dictionary(lang).pages.eventsLead), eventList(lang)) }),
  [routes.topics]: ({ lang }) => ({ title: dictionary(lang).pages.topicsTitle, body: blocks(escapeMarkdown(dictionary(lang).pages.topicsLead), topicList(lang)) }),
  [routes.figures]: ({ lang }) => ({ title: dictionary(lang).pages.figuresTitle, body: blocks(escapeMarkdown(dictionary(lang).pages.figuresLead), figureSections(lang, 2)) }),
  [routes.about]: ({ lang }) => aboutTwin(lang),
  [routes.search]: ({ lang, description }) => {
    const text = dictionary(lang);
    return {
      title: text.pages.searchTitle,
      body: blocks(
        escapeMarkdown(description),
        [
          `- ${link(text.nav.themes, routes.themes, lang)}`,
          `- ${link(text.nav.speakers, routes.speakers, lang)}`,
          `- ${link(text.nav.topics, routes.topics, lang)}`,
          `- ${markdownLink(LLMS_FILES.full.slice(1), LLMS_FILES.full)}: ${escapeMarkdown(text.data.files.llmsFull)}`,
        ].join('\n'),
      ),
    };
  },
};

/** A list's first page's share of it, as its page shows (later pages: listPageTwin). */
const firstPage = <T>(items: readonly T[], size: number): T[] => pageItems(items, 1, size);

/** A page made from content, by its English path: `/speakers/<slug>/`, `/speakers/<slug>/<id>/`, `/themes/<slug>/`, `/events/<date>/`, `/topics/<id>/`. */
function contentTwin({ key, lang }: PageEntry): TwinContent | undefined {
  const [, kind, slug = '', id] = key.split('/').slice(0, -1);
  if (kind === 'speakers' && id !== undefined) {
    const insight = getSpeaker(slug, lang)?.insights.find((candidate) => candidate.id === id);
    return insight && { title: insight.title, body: insightPageSections(insight, lang, 2) };
  }
  if (kind === 'speakers') {
    const speaker = getSpeaker(slug, lang);
    return speaker && { title: displayName(speaker), body: speakerPage(speaker, lang, 2) };
  }
  if (kind === 'themes') {
    const theme = getTheme(slug, lang);
    return theme && { title: theme.title, body: blocks(escapeMarkdown(theme.summary), themeSections(theme, lang, 2, firstPage(getInsightsByTheme(slug, lang), PAGE_SIZES.insights))) };
  }
  if (kind === 'events') {
    const event = getEvent(slug, lang);
    return event && { title: event.title, body: blocks(escapeMarkdown(event.summary), eventSections(event, lang, 2, firstPage(getSpeakers(event.speakers, lang), PAGE_SIZES.speakers))) };
  }
  if (kind === 'topics') {
    const topic = getTopic(slug, lang);
    return topic && { title: topic.label, body: blocks(escapeMarkdown(topic.description), ...firstPage(getInsightsByTopic(topic.id, lang), PAGE_SIZES.insights).map((insight) => insightSection(insight, lang, 2))) };
  }
  return undefined;
}

/** A list's items, by its English path: the lists that page (lib/paged-lists.ts). */
function listItems(listPath: string, lang: Lang): { insights: Insight[] } | { speakers: Speaker[] } | undefined {
  const [, kind, slug = ''] = listPath.split('/');
  if (kind === 'speakers') return { speakers: getAllSpeakers(lang) };
  if (kind === 'themes') return { insights: getInsightsByTheme(slug, lang) };
  if (kind === 'topics') return { insights: getInsightsByTopic(slug, lang) };
  const event = kind === 'events' ? getEvent(slug, lang) : undefined;
  return event && { speakers: getSpeakers(event.speakers, lang) };
}

/** Where a page sits in a list that pages: the list's English path, this page's number and the list's page count (1 for any other page). */
function listPosition(key: string): { listPath: string; page: number; pages: number } {
  const [, listPath = key, page = '1'] = /^(.*\/)page\/(\d+)\/$/.exec(key) ?? [];
  return { listPath, page: Number(page), pages: getListPageCounts().get(listPath) ?? 1 };
}

/** A long list's page after the first, `…/page/<n>/`: that page's items, as on the page. */
function listPageTwin({ key, lang, title }: PageEntry): TwinContent | undefined {
  const { listPath, page } = listPosition(key);
  if (page === 1) return undefined;
  const items = listItems(listPath, lang);
  if (!items) return undefined;
  const body = 'insights' in items ? blocks(...pageItems(items.insights, page, PAGE_SIZES.insights).map((insight) => insightSection(insight, lang, 2))) : speakerList(lang, pageItems(items.speakers, page, PAGE_SIZES.speakers));
  return { title, body };
}

/** On every page of a list that pages: which page this is, and links to the twins of the pages before and after it. */
function pagingLine({ key, lang }: PageEntry): string | false {
  const { listPath, page, pages } = listPosition(key);
  if (pages === 1) return false;
  const text = dictionary(lang).paging;
  const twinOf = (number: number) => markdownTwinPath(pageHref(listPath, number, lang));
  return [escapeMarkdown(fill(text.status, { page, pages })), page > 1 && markdownLink(text.previous, twinOf(page - 1)), page < pages && markdownLink(text.next, twinOf(page + 1))].filter(Boolean).join(' · ');
}

/** The last lines: the page itself, its twin in the other language, and the source. */
function footer({ key, lang, path, title }: PageEntry): string {
  const text = dictionary(lang);
  const other = otherLang(lang);
  return blocks(
    '---',
    `${fill(escapeMarkdown(text.data.twin), { page: markdownLink(title, path) })} ${markdownLink(dictionary(other).language.switchLabel, markdownTwinPath(localizePath(key, other)))}`,
    `${escapeMarkdown(text.layout.sourceLabel)} *${escapeMarkdown(text.layout.sourceTitle)}*, ${escapeMarkdown(text.layout.sourcePublisher)}. ${escapeMarkdown(text.layout.paraphrased)} ${link(text.layout.howMade, routes.about, lang)}.`,
  );
}

/** The Markdown twin of a page. Throws for a page it has no rule for, so a new kind of page cannot go without one. */
export function markdownTwin(entry: PageEntry): string {
  const content = STATIC_TWINS[entry.key]?.(entry) ?? listPageTwin(entry) ?? contentTwin(entry);
  if (!content) throw new Error(`markdownTwin: no Markdown for ${entry.path} (key ${entry.key}); add its kind to lib/site-outputs/open-data/markdown-twins.ts`);
  return `${blocks(heading(1, content.title), content.body, pagingLine(entry), footer(entry))}\n`;
}

/** Every page's twin, at its URL + `index.md`. */
export function markdownTwinFiles(): OutputFile[] {
  return getPageEntries().map((entry) => ({ path: markdownTwinPath(entry.path), body: markdownTwin(entry) }));
}
