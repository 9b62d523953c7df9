import type { Metadata } from 'next';
import { contentRoot, getAllEvents, getAllInsights, getAllSpeakers, getAllThemes, getAllTopics, getInsightsByTopic, getSpeaker } from './content';
import { conferenceSummaryText, summariseConferences } from './content/conference-summary';
import { getFileDates, lastModified } from './content/content-dates';
import { perContentVersion } from './content/content-version';
import { displayName, formatDate } from './format';
import { themeLd, webPageLd, type JsonLd } from './site-outputs/json-ld';
import type { OgCard } from './site-outputs/og-image';
import { routes } from './routes';
import { REPORT_TITLE, SITE_NAME, absoluteUrl } from './site';
import type { Speaker, Theme } from './content/types';

/**
 * Every page of the site with its title, description and link-preview card,
 * in one table: page metadata, Open Graph images, the sitemap and the feed
 * all read it, so none of them can miss a page.
 */
export interface PageEntry {
  path: string;
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
function conferenceLine(speaker: Speaker): string {
  const { parts, unstated } = summariseConferences(speaker.insights.map((insight) => insight.conference));
  return parts.length > 0 ? conferenceSummaryText({ parts, unstated: '' }) : unstated;
}

function staticEntries(): PageEntry[] {
  const page = (path: string, title: string, description: string, kind: string, cardTitle = title): PageEntry => ({
    path,
    title,
    description,
    card: { kind, title: cardTitle, subtitle: description },
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
  return [
    {
      ...page(routes.home, `${SITE_NAME} — ${REPORT_TITLE}`, `What each speaker said at the USMCOC binational conferences of December 5, 2024 and April 30, 2025: ${getAllThemes().length} themes, ${speakers} speakers and ${getAllInsights().length} searchable insights from the report.`, 'Knowledge base', REPORT_TITLE),
      card: { kind: 'Knowledge base', title: REPORT_TITLE, subtitle: 'Key insights from the USMCOC binational conferences of December 5, 2024 and April 30, 2025', meta: 'Washington, D.C.' },
    },
    page(routes.speakers, 'Speakers', `The ${speakers} people whose remarks the report records, with the role it gives and the conference where it says they spoke.`, 'Speakers'),
    page(routes.themes, 'Themes', 'The report’s sections, in order: from the shift in U.S. trade policy to the Chamber’s response.', 'Themes'),
    page(routes.events, 'Conferences', 'The two USMCOC binational conferences the report draws on: December 5, 2024 and April 30, 2025, in Washington, D.C.', 'Conferences'),
    page(routes.topics, 'Topics', 'Every insight of the report by topic: tariffs, border security, rule of law, nearshoring and more.', 'Topics'),
    page(routes.figures, 'Key figures', 'Every number the report gives — tariff rates, border encounters, U.S. debt, trade forecasts — with who cited it and where.', 'Key figures'),
    page(routes.about, 'About', 'The source document behind this site, how its content was made, and what “paraphrase” means here.', 'About'),
    page(routes.search, 'Search', 'Search what each speaker said: every insight, speaker, theme and topic of the report.', 'Search'),
  ];
}

/** Computed once per build (and after each content edit in dev): every page's metadata reads it. */
export const getPageEntries: () => PageEntry[] = perContentVersion(() => [
  ...staticEntries(),
  ...getAllSpeakers().map((speaker): PageEntry => ({
    path: speaker.href,
    title: displayName(speaker),
    description: speaker.summary,
    card: { kind: 'Speaker', title: displayName(speaker), subtitle: speaker.role ?? speaker.organization ?? speaker.summary, meta: conferenceLine(speaker) },
    type: 'profile',
    modified: lastModified([speaker.file]),
  })),
  ...getAllThemes().map((theme): PageEntry => ({
    path: theme.href,
    title: theme.title,
    description: theme.summary,
    card: { kind: 'Theme', title: theme.title, subtitle: theme.summary, meta: `Section ${theme.order} of the report` },
    type: 'article',
    modified: lastModified([theme.file, ...speakerFiles(theme.speakers)]),
  })),
  ...getAllEvents().map((event): PageEntry => ({
    path: event.href,
    title: event.title,
    description: event.summary,
    card: { kind: 'Conference', title: formatDate(event.date), subtitle: event.summary, meta: event.location },
    type: 'article',
    modified: lastModified([event.file, ...speakerFiles(event.speakers)]),
  })),
  ...getAllTopics().map((topic): PageEntry => {
    const insights = getInsightsByTopic(topic.id);
    const count = insights.length;
    return {
      path: topic.href,
      title: topic.label,
      description: topic.description,
      card: { kind: 'Topic', title: topic.label, subtitle: topic.description, meta: `${count} insight${count === 1 ? '' : 's'}` },
      type: 'website',
      modified: lastModified([TOPICS_FILE, ...speakerFiles(insights.map((insight) => insight.speaker))]),
    };
  }),
], contentRoot);

export function getPageEntry(path: string): PageEntry | undefined {
  return getPageEntries().find((entry) => entry.path === path);
}

/** Where a page's link-preview image is written: `/og/speakers/kim-ogg.png`. */
export function ogImagePath(path: string): string {
  return path === '/' ? '/og/index.png' : `/og${path.replace(/\/$/, '')}.png`;
}

/** Title, description, canonical URL, Open Graph and Twitter card of a page. */
export function pageMetadata(path: string): Metadata {
  const entry = getPageEntry(path);
  if (!entry) return {};
  const image = { url: ogImagePath(path), width: 1200, height: 630, alt: `${entry.card.kind}: ${entry.card.title}` };
  return {
    title: path === routes.home ? { absolute: entry.title } : entry.title,
    description: entry.description,
    alternates: { canonical: path, types: { 'application/atom+xml': '/feed.xml' } },
    openGraph: {
      type: entry.type,
      url: absoluteUrl(path),
      siteName: SITE_NAME,
      locale: 'en_US',
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
