import type { Metadata } from 'next';
import { contentRoot, getAllEvents, getAllInsights, getAllSpeakers, getAllThemes, getAllTopics, getInsightsByTopic, getSpeaker, isUnstated } from './content';
import { conferenceSummaryText, summariseConferences } from './content/conference-summary';
import { getFileDates, lastModified } from './content/content-dates';
import { derivedFrom, perContentVersion } from './content/content-version';
import { displayName, excerpt, formatDate } from './format';
import { themeLd, webPageLd, type JsonLd } from './site-outputs/json-ld';
import type { OgCard } from './site-outputs/og-image';
import { markdownTwinPath } from './site-outputs/open-data/paths';
import { withListPages } from './paged-lists';
import { routes } from './routes';
import { dictionary, fill, plural } from './i18n/dictionary';
import { DEFAULT_LANG, LANGS, OG_LOCALE, localizePath, type Lang } from './i18n/locales';
import { SITE_NAME, absoluteUrl } from './site';
import type { Insight, Speaker, Theme } from './content/types';

/**
 * Every page of the site with its title, description and link-preview card,
 * in one table: page metadata, Open Graph images, the sitemap and the feed
 * all read it, so none of them can miss a page.
 */
export interface PageEntry {
  /** The page's path in its language: `/es/speakers/kim-ogg/`. */
  path: string;
  /** The same page's English path, which names it in every language: `/speakers/kim-ogg/`. */
  key: string;
  lang: Lang;
  title: string;
  description: string;
  card: OgCard;
  /** Open Graph type. */
  type: 'website' | 'profile' | 'article';
  /** The last commit date of the content files the page is made from (`YYYY-MM-DD`), if committed. */
  modified?: string;
}

/** Files that every index page draws on: all of them. */
const TOPICS_FILE = 'content/topics.yml';
const FIGURES_FILE = 'content/figures.yml';
const speakerFiles = (slugs: Iterable<string>) => [...new Set(slugs)].flatMap((slug) => getSpeaker(slug)?.file ?? []);


/**
 * A speaker's card line, worded as their page's header: the conferences the report states and for how
 * many insights (the card has no room for the rest of the sentence, which the page gives), or that it states none.
 */
function conferenceLine(speaker: Speaker, lang: Lang): string {
  const { parts, unstated } = summariseConferences(speaker.insights.map((insight) => insight.conference), lang);
  return parts.length > 0 ? conferenceSummaryText({ parts, unstated: '' }) : unstated;
}

function staticEntries(lang: Lang): PageEntry[] {
  const text = dictionary(lang).pages;
  const page = (path: string, title: string, description: string, cardTitle = title): PageEntry => ({
    path: localizePath(path, lang),
    key: path,
    lang,
    title,
    description,
    card: { kind: title, title: cardTitle, subtitle: description },
    type: 'website',
    modified,
  });
  const speakers = getAllSpeakers().length;
  const modified = lastModified([
    ...getAllSpeakers().map((speaker) => speaker.file),
    ...getAllThemes().map((theme) => theme.file),
    ...getAllEvents().map((event) => event.file),
    TOPICS_FILE,
    FIGURES_FILE,
  ]);
  const home = dictionary(lang).home;
  const homeDescription = fill(text.homeDescription, { themes: getAllThemes().length, speakers, insights: getAllInsights().length });
  return [
    {
      ...page(routes.home, `${SITE_NAME} — ${home.title}`, homeDescription),
      card: { kind: text.homeCardKind, title: home.title, subtitle: text.homeCardSubtitle, meta: 'Washington, D.C.' },
    },
    page(routes.speakers, text.speakersTitle, fill(text.speakersDescription, { count: speakers })),
    page(routes.themes, text.themesTitle, text.themesDescription),
    page(routes.events, text.eventsTitle, text.eventsDescription),
    page(routes.topics, text.topicsTitle, text.topicsDescription),
    page(routes.figures, text.figuresTitle, text.figuresDescription),
    page(routes.about, text.aboutTitle, text.aboutDescription),
    page(routes.search, text.searchTitle, text.searchDescription),
  ];
}

// Each content page's identity across languages is its English path.
const entryIn = (lang: Lang) => (englishPath: string, fields: Omit<PageEntry, 'path' | 'key' | 'lang'>): PageEntry => ({ ...fields, path: localizePath(englishPath, lang), key: englishPath, lang });

/**
 * An insight's own page. Its card is the quote card: who (name and role), the insight's title and the
 * start of its text, the conference where the report states it, and the report's title. The title and
 * text are the site's paraphrase: nothing is put in quotation marks that the text does not already quote.
 */
function insightEntry(insight: Insight, speaker: Speaker, lang: Lang): PageEntry {
  const text = dictionary(lang);
  const name = displayName(speaker);
  return entryIn(lang)(routes.insight(speaker.slug, insight.id), {
    title: `${insight.title} — ${name}`,
    description: excerpt(insight.text, 200),
    card: {
      kind: text.pages.cardInsight,
      title: insight.title,
      subtitle: [name, speaker.role ?? speaker.organization].filter(Boolean).join(' · '),
      excerpt: excerpt(insight.text, 150),
      meta: text.home.title,
      source: isUnstated(insight.conference) ? text.home.publisher : fill(text.conference.label, { date: formatDate(insight.conference, lang) }),
    },
    type: 'article',
    modified: lastModified([speaker.file]),
  });
}

/** One language's pages: the static ones, then one per speaker, insight, theme, event and topic. */
function languageEntries(lang: Lang): PageEntry[] {
  const text = dictionary(lang).pages;
  const entry = entryIn(lang);
  return [
    ...staticEntries(lang),
    ...getAllSpeakers(lang).map((speaker) =>
      entry(routes.speaker(speaker.slug), {
        title: displayName(speaker),
        description: speaker.summary,
        card: { kind: text.cardSpeaker, title: displayName(speaker), subtitle: speaker.role ?? speaker.organization ?? speaker.summary, meta: conferenceLine(speaker, lang) },
        type: 'profile',
        modified: lastModified([speaker.file]),
      }),
    ),
    ...getAllSpeakers(lang).flatMap((speaker) => speaker.insights.map((insight) => insightEntry(insight, speaker, lang))),
    ...getAllThemes(lang).map((theme) =>
      entry(routes.theme(theme.slug), {
        title: theme.title,
        description: theme.summary,
        card: { kind: text.cardTheme, title: theme.title, subtitle: theme.summary, meta: fill(text.themeSection, { order: theme.order }) },
        type: 'article',
        modified: lastModified([theme.file, ...speakerFiles(theme.speakers)]),
      }),
    ),
    ...getAllEvents(lang).map((event) =>
      entry(routes.event(event.date), {
        title: event.title,
        description: event.summary,
        card: { kind: text.cardConference, title: formatDate(event.date, lang), subtitle: event.summary, meta: event.location },
        type: 'article',
        modified: lastModified([event.file, ...speakerFiles(event.speakers)]),
      }),
    ),
    ...getAllTopics(lang).map((topic) => {
      const insights = getInsightsByTopic(topic.id);
      return entry(routes.topic(topic.id), {
        title: topic.label,
        description: topic.description,
        card: { kind: text.cardTopic, title: topic.label, subtitle: topic.description, meta: plural(dictionary(lang).counts.insights, insights.length) },
        type: 'website',
        modified: lastModified([TOPICS_FILE, ...speakerFiles(insights.map((insight) => insight.speaker))]),
      });
    }),
  ];
}

/** Computed once per build (and after each content edit in dev): every page's metadata reads it. A long list is one entry per page. */
export const getPageEntries: () => PageEntry[] = perContentVersion('page-entries', () => LANGS.flatMap((lang) => withListPages(languageEntries(lang), lang)), contentRoot);

const entriesByPath = derivedFrom((entries: PageEntry[]) => new Map(entries.map((entry) => [entry.path, entry])));

export function getPageEntry(path: string): PageEntry | undefined {
  return entriesByPath(getPageEntries()).get(path);
}

/** What the card shows, in words (og:image:alt): an insight's card also names who, where and the report. */
function ogImageAlt({ kind, title, subtitle, excerpt, meta, source }: OgCard): string {
  const label = `${kind}: ${title}`;
  return excerpt ? [`${label} — ${subtitle}`, source, meta].filter(Boolean).join('; ') : label;
}

/** Where a page's link-preview image is written: `/og/speakers/kim-ogg.png`, `/og/es/speakers/kim-ogg.png`. */
export function ogImagePath(path: string): string {
  return path === '/' ? '/og/index.png' : `/og${path.replace(/\/$/, '')}.png`;
}

/** The page in each language, and x-default (English) for readers of any other: reciprocal on every page. */
export function languageAlternates(key: string): Record<string, string> {
  return { ...Object.fromEntries(LANGS.map((lang) => [lang, localizePath(key, lang)])), 'x-default': localizePath(key, DEFAULT_LANG) };
}

/** Title, description, canonical URL, language alternates, Open Graph and Twitter card of a page, by its path in its language. */
export function pageMetadata(path: string): Metadata {
  const entry = getPageEntry(path);
  if (!entry) return {};
  const image = { url: ogImagePath(path), width: 1200, height: 630, alt: ogImageAlt(entry.card) };
  return {
    title: entry.key === routes.home ? { absolute: entry.title } : entry.title,
    description: entry.description,
    alternates: { canonical: path, languages: languageAlternates(entry.key), types: { 'application/atom+xml': localizePath('/feed.xml', entry.lang), 'text/markdown': markdownTwinPath(path) } },
    openGraph: {
      type: entry.type,
      url: absoluteUrl(path),
      siteName: SITE_NAME,
      locale: OG_LOCALE[entry.lang],
      alternateLocale: LANGS.filter((lang) => lang !== entry.lang).map((lang) => OG_LOCALE[lang]),
      title: entry.title,
      description: entry.description,
      images: [image],
    },
    twitter: { card: 'summary_large_image', title: entry.title, description: entry.description, images: [image] },
  };
}

/** A theme page's Article: its card as the image, dated by its content's commits. */
export function themePageLd(theme: Theme): JsonLd {
  return themeLd(theme, { published: getFileDates(theme.file)?.published, modified: getPageEntry(theme.href)?.modified }, ogImagePath(theme.href));
}

/** A page's own schema.org node, from the same table as its metadata. */
export function pageJsonLd(path: string, type = 'WebPage'): JsonLd {
  const entry = getPageEntry(path);
  return webPageLd(path, entry?.title ?? path, entry?.description ?? '', type);
}
