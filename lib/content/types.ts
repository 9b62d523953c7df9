import type { Lang } from '../i18n/locales';
import type { Topic } from './schema';

export type { Topic };

/** One distinct point a speaker made: a `##` section of a speaker file. */
export interface Insight {
  /** The heading's id: stable, derived from its title only. */
  id: string;
  /** Earlier ids that must still land here. */
  aliases: string[];
  title: string;
  headingHtml: string;
  bodyHtml: string;
  text: string;
  theme: string;
  topics: string[];
  /** A conference date, or "unstated". */
  conference: string;
  speaker: string;
  /** Page URL with the section's `#id`. */
  href: string;
  /** The insight's own page, `/speakers/<slug>/<id>/`: what Share sends, so a link preview shows this insight. */
  page: string;
  /** File line of the heading, for error messages. */
  line: number;
  /** The language of its text: the page's, or English where a translation is missing. */
  lang: Lang;
}

export interface Speaker {
  slug: string;
  /** The source file, `content/speakers/<slug>.md`. */
  file: string;
  href: string;
  name: string;
  honorific?: string;
  role?: string;
  organization?: string;
  district?: string;
  /** Conference dates the report places the speaker at; empty when unstated. */
  dates: string[];
  topics: string[];
  summary: string;
  insights: Insight[];
  /** Themes the speaker's insights belong to, in report order. */
  themes: string[];
  /** The language of its text: the page's, or English where a translation is missing. */
  lang: Lang;
}

export interface Theme {
  slug: string;
  /** The source file, `content/themes/<slug>.md`. */
  file: string;
  href: string;
  title: string;
  order: number;
  summary: string;
  topics: string[];
  html: string;
  /** Plain text of the overview, for search. */
  text: string;
  /** The overview's `##` sections, for the table of contents. */
  headings: { id: string; title: string }[];
  /** Speakers with an insight in this theme, in order of first appearance. */
  speakers: string[];
  /** The language of its text: the page's, or English where a translation is missing. */
  lang: Lang;
}

export interface ConferenceEvent {
  /** The date, `YYYY-MM-DD`, which is also the slug. */
  date: string;
  /** The source file, `content/events/<date>.md`. */
  file: string;
  href: string;
  title: string;
  location: string;
  summary: string;
  html: string;
  /** The page's `##` sections, whose ids a translation keeps. */
  headings: { id: string; title: string }[];
  /** Speakers the report places at this conference. */
  speakers: string[];
  /** The language of its text: the page's, or English where a translation is missing. */
  lang: Lang;
}

export interface TopicEntry extends Topic {
  href: string;
  /** The language of its text: the page's, or English where a translation is missing. */
  lang: Lang;
}

/** A page that mentions a speaker by name. */
export interface Backlink {
  href: string;
  title: string;
}

export interface Content {
  speakers: Speaker[];
  themes: Theme[];
  events: ConferenceEvent[];
  topics: TopicEntry[];
  /** Speaker slug → pages that mention the speaker. */
  backlinks: Record<string, Backlink[]>;
}
