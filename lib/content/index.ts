import type { Lang } from '../i18n/locales';
import { derivedFrom, perContentVersion } from './content-version';
import { loadContent } from './load-content';
import { localizeContent } from './localize';
import { UNSTATED } from './schema';
import { getTranslations } from './translations';
import type { Backlink, ConferenceEvent, Content, Insight, Speaker, Theme, TopicEntry } from './types';

export type { Backlink, ConferenceEvent, Insight, Speaker, Theme, TopicEntry };

/**
 * Loaded once per build (again after each edit under `next dev`); pages never
 * read files themselves. Every getter takes the page's language: the Spanish
 * edition is the English content with its translated text (lib/content/localize.ts).
 */
const english: () => Content = perContentVersion('content-en', loadContent, contentRoot);
const spanish: () => Content = perContentVersion('content-es', () => localizeContent(english(), getTranslations(), 'es'), contentRoot);
const content = (lang: Lang): Content => (lang === 'es' ? spanish() : english());

/**
 * INSIGHTS_CONTENT_ROOT builds the site from another content tree (the
 * hostile-content fixture); it defaults to the project.
 */
export function contentRoot(): string {
  return process.env.INSIGHTS_CONTENT_ROOT ?? process.cwd();
}

const byName = (a: Speaker, b: Speaker) => a.name.localeCompare(b.name, 'en');

/** Look-ups and orderings derived once per loaded content, so no getter is O(all insights) per call. */
interface ContentIndex {
  speakersByName: Speaker[];
  speakers: Map<string, Speaker>;
  themes: Map<string, Theme>;
  events: Map<string, ConferenceEvent>;
  topics: Map<string, TopicEntry>;
  insights: Insight[];
  byTopic: Map<string, Insight[]>;
  byTheme: Map<string, Insight[]>;
}

const indexContent = derivedFrom((loaded: Content): ContentIndex => {
  const order = new Map(loaded.themes.map((theme) => [theme.slug, theme.order]));
  // Report order: theme order, then speaker file order (the sort is stable).
  const insights = loaded.speakers.flatMap((speaker) => speaker.insights).sort((a, b) => (order.get(a.theme) ?? 0) - (order.get(b.theme) ?? 0));
  const byTopic = new Map<string, Insight[]>();
  const byTheme = new Map<string, Insight[]>();
  const add = (groups: Map<string, Insight[]>, key: string, insight: Insight) => {
    const group = groups.get(key);
    if (group) group.push(insight);
    else groups.set(key, [insight]);
  };
  for (const insight of insights) {
    for (const topic of insight.topics) add(byTopic, topic, insight);
    add(byTheme, insight.theme, insight);
  }
  return {
    speakersByName: [...loaded.speakers].sort(byName),
    speakers: new Map(loaded.speakers.map((speaker) => [speaker.slug, speaker])),
    themes: new Map(loaded.themes.map((theme) => [theme.slug, theme])),
    events: new Map(loaded.events.map((event) => [event.date, event])),
    topics: new Map(loaded.topics.map((topic) => [topic.id, topic])),
    insights,
    byTopic,
    byTheme,
  };
});

const index = (lang: Lang): ContentIndex => indexContent(content(lang));

export function getAllSpeakers(lang: Lang = 'en'): Speaker[] {
  return [...index(lang).speakersByName];
}

export function getSpeaker(slug: string, lang: Lang = 'en'): Speaker | undefined {
  return index(lang).speakers.get(slug);
}

/** One insight by its speaker and id, or by an id it had before (`alias`), with its neighbours in the speaker's file order. */
export function getInsight(slug: string, id: string, lang: Lang = 'en'): { insight: Insight; alias: boolean; previous?: Insight; next?: Insight } | undefined {
  const insights = getSpeaker(slug, lang)?.insights ?? [];
  const index = insights.findIndex((insight) => insight.id === id || insight.aliases.includes(id));
  const insight = insights[index];
  return insight && { insight, alias: insight.id !== id, previous: insights[index - 1], next: insights[index + 1] };
}

/** Speakers for a list of slugs, in that order. */
export function getSpeakers(slugs: readonly string[], lang: Lang = 'en'): Speaker[] {
  return slugs.flatMap((slug) => getSpeaker(slug, lang) ?? []);
}

export function getAllThemes(lang: Lang = 'en'): Theme[] {
  return content(lang).themes;
}

export function getTheme(slug: string, lang: Lang = 'en'): Theme | undefined {
  return index(lang).themes.get(slug);
}

export function getAllEvents(lang: Lang = 'en'): ConferenceEvent[] {
  return content(lang).events;
}

export function getEvent(date: string, lang: Lang = 'en'): ConferenceEvent | undefined {
  return index(lang).events.get(date);
}

export function getAllTopics(lang: Lang = 'en'): TopicEntry[] {
  return content(lang).topics;
}

export function getTopic(slug: string, lang: Lang = 'en'): TopicEntry | undefined {
  return index(lang).topics.get(slug);
}

/** Every insight, in report order (theme order, then speaker file order). */
export function getAllInsights(lang: Lang = 'en'): Insight[] {
  return [...index(lang).insights];
}

export function getInsightsByTopic(topic: string, lang: Lang = 'en'): Insight[] {
  return [...(index(lang).byTopic.get(topic) ?? [])];
}

export function getInsightsByTheme(theme: string, lang: Lang = 'en'): Insight[] {
  return [...(index(lang).byTheme.get(theme) ?? [])];
}

export function getBacklinks(slug: string, lang: Lang = 'en'): Backlink[] {
  return content(lang).backlinks[slug] ?? [];
}

/** Other speakers who share topics with this one, most shared first. */
export function getRelatedSpeakers(slug: string, lang: Lang = 'en', limit = 4): Speaker[] {
  const speaker = getSpeaker(slug, lang);
  if (!speaker) return [];
  return content(lang)
    .speakers.filter((other) => other.slug !== slug)
    .map((other) => ({ other, shared: other.topics.filter((topic) => speaker.topics.includes(topic)).length }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared || byName(a.other, b.other))
    .slice(0, limit)
    .map(({ other }) => other);
}

/** True when the report does not say which conference. */
export function isUnstated(conference: string): boolean {
  return conference === UNSTATED;
}
