import { getAllEvents, getAllSpeakers, getEvent, getInsightsByTheme, getInsightsByTopic, getSpeaker, getSpeakers, getTheme, getTopic, type Insight, type Speaker } from '../../content';
import { displayName, formatDate } from '../../format';
import { dictionary, fill } from '../../i18n/dictionary';
import { localizePath, otherLang, type Lang } from '../../i18n/locales';
import { getPageEntries, type PageEntry } from '../../pages';
import { PAGE_SIZES, pageItems } from '../../paging';
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
        speakerList(lang),
        heading(2, home.theConferences),
        eventList(lang),
      ),
    };
  },
  [routes.speakers]: ({ lang, description }) => ({ title: dictionary(lang).pages.speakersTitle, body: blocks(escapeMarkdown(description), speakerList(lang)) }),
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
    return theme && { title: theme.title, body: blocks(escapeMarkdown(theme.summary), themeSections(theme, lang, 2)) };
  }
  if (kind === 'events') {
    const event = getEvent(slug, lang);
    return event && { title: event.title, body: blocks(escapeMarkdown(event.summary), eventSections(event, lang, 2)) };
  }
  if (kind === 'topics') {
    const topic = getTopic(slug, lang);
    return topic && { title: topic.label, body: blocks(escapeMarkdown(topic.description), ...getInsightsByTopic(topic.id, lang).map((insight) => insightSection(insight, lang, 2))) };
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

/** A long list's page after the first, `…/page/<n>/`: that page's items, as on the page. */
function listPageTwin({ key, lang, title }: PageEntry): TwinContent | undefined {
  const [, listPath = '', page = ''] = /^(.*\/)page\/(\d+)\/$/.exec(key) ?? [];
  const items = listItems(listPath, lang);
  if (!items) return undefined;
  const body = 'insights' in items ? blocks(...pageItems(items.insights, Number(page), PAGE_SIZES.insights).map((insight) => insightSection(insight, lang, 2))) : speakerList(lang, pageItems(items.speakers, Number(page), PAGE_SIZES.speakers));
  return { title, body };
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
  return `${blocks(heading(1, content.title), content.body, footer(entry))}\n`;
}

/** Every page's twin, at its URL + `index.md`. */
export function markdownTwinFiles(): OutputFile[] {
  return getPageEntries().map((entry) => ({ path: markdownTwinPath(entry.path), body: markdownTwin(entry) }));
}
