import { displayName } from '../format';
import { langOfPath, localizePath, type Lang } from '../i18n/locales';
import { PUBLISHER, REPORT_TITLE, SITE_NAME, absoluteUrl } from '../site';
import type { ConferenceEvent, Insight, Speaker, Theme } from '../content/types';

/**
 * schema.org data for each kind of page. The report is the source of every
 * statement, so insights are CreativeWorks based on it and about a Person —
 * paraphrases, not quotations. Each work names the language of its text
 * (`inLanguage`): a Spanish page's, or English where it falls back.
 */
export type JsonLd = Record<string, unknown>;

const publisher = { '@type': 'Organization', name: PUBLISHER, alternateName: 'USMCOC' };

export const reportLd: JsonLd = {
  '@type': 'Report',
  name: `${REPORT_TITLE} — Key Insights from the USMCOC Binational Conferences`,
  publisher,
  author: publisher,
  inLanguage: 'en',
};

/** JSON for a <script> element: `<`, `>`, `&` and line separators escaped, so no text can close the element. */
export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
  const graph = Array.isArray(data) ? { '@context': 'https://schema.org', '@graph': data } : { '@context': 'https://schema.org', ...data };
  return JSON.stringify(graph)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function personLd(speaker: Speaker): JsonLd {
  return {
    '@type': 'Person',
    '@id': `${absoluteUrl(speaker.href)}#person`,
    name: speaker.name,
    ...(speaker.honorific && { honorificPrefix: speaker.honorific }),
    ...(speaker.role && { jobTitle: speaker.role }),
    ...(speaker.organization && { affiliation: { '@type': 'Organization', name: speaker.organization } }),
    url: absoluteUrl(speaker.href),
    description: speaker.summary,
  };
}

/**
 * An insight: by default the section on its speaker's page; on its own page, that page (`url`) and its card
 * (`image`). It is the site's account of what the report says the speaker said — about the speaker, based on
 * the report, written by the Chamber's report — never a Quotation.
 */
export function insightLd(insight: Insight, speaker: Speaker, { url = insight.href, image }: { url?: string; image?: string } = {}): JsonLd {
  return {
    '@type': 'CreativeWork',
    '@id': absoluteUrl(url),
    url: absoluteUrl(url),
    ...(image && { image: absoluteUrl(image) }),
    name: insight.title,
    text: insight.text,
    about: { '@id': `${absoluteUrl(speaker.href)}#person`, '@type': 'Person', name: displayName(speaker) },
    author: publisher,
    isBasedOn: reportLd,
    inLanguage: insight.lang,
    keywords: insight.topics.join(', '),
  };
}

export function eventLd(event: ConferenceEvent, speakers: Speaker[]): JsonLd {
  return {
    '@type': 'Event',
    name: event.title,
    description: event.summary,
    startDate: event.date,
    endDate: event.date,
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: { '@type': 'Place', name: event.location, address: event.location },
    organizer: publisher,
    performer: speakers.map((speaker) => ({ '@type': 'Person', name: speaker.name, url: absoluteUrl(speaker.href) })),
    url: absoluteUrl(event.href),
    inLanguage: event.lang,
  };
}

/** A theme page as an Article: dated by its content's commits (a page never committed has no date), pictured by its card. */
export function themeLd(theme: Theme, dates: { published?: string; modified?: string }, image: string): JsonLd {
  return {
    '@type': 'Article',
    headline: theme.title,
    description: theme.summary,
    url: absoluteUrl(theme.href),
    image: absoluteUrl(image),
    ...(dates.published && { datePublished: dates.published }),
    ...(dates.modified && { dateModified: dates.modified }),
    author: publisher,
    publisher,
    isBasedOn: reportLd,
    inLanguage: theme.lang,
  };
}

/** A page by its path in its language (the prefix says which). */
export function webPageLd(path: string, name: string, description: string, type = 'WebPage'): JsonLd {
  const lang = langOfPath(path);
  return { '@type': type, name, description, url: absoluteUrl(path), inLanguage: lang, isPartOf: { '@type': 'WebSite', name: SITE_NAME, url: absoluteUrl(localizePath('/', lang)) } };
}

export function webSiteLd(description: string, lang: Lang): JsonLd {
  return {
    '@type': 'WebSite',
    name: SITE_NAME,
    url: absoluteUrl(localizePath('/', lang)),
    description,
    inLanguage: lang,
    publisher,
    potentialAction: { '@type': 'SearchAction', target: { '@type': 'EntryPoint', urlTemplate: `${absoluteUrl(localizePath('/search/', lang))}?q={search_term_string}` } },
  };
}

export function breadcrumbLd(trail: { href: string; label: string }[]): JsonLd {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({ '@type': 'ListItem', position: index + 1, name: crumb.label, item: absoluteUrl(crumb.href) })),
  };
}
