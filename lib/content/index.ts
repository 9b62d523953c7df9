import { perContentVersion } from './content-version';
import { loadContent } from './load-content';
import { UNSTATED } from './schema';
import type { Backlink, ConferenceEvent, Content, Insight, Speaker, Theme, TopicEntry } from './types';

export type { Backlink, ConferenceEvent, Insight, Speaker, Theme, TopicEntry };

/**
 * Loaded once per build (again after each edit under `next dev`); pages never
 * read files themselves.
 */
const content: () => Content = perContentVersion(loadContent, contentRoot);

/**
 * INSIGHTS_CONTENT_ROOT builds the site from another content tree (the
 * hostile-content fixture); it defaults to the project.
 */
export function contentRoot(): string {
  return process.env.INSIGHTS_CONTENT_ROOT ?? process.cwd();
}

const byName = (a: Speaker, b: Speaker) => a.name.localeCompare(b.name, 'en');

export function getAllSpeakers(): Speaker[] {
  return [...content().speakers].sort(byName);
}

export function getSpeaker(slug: string): Speaker | undefined {
  return content().speakers.find((speaker) => speaker.slug === slug);
}

/** Speakers for a list of slugs, in that order. */
export function getSpeakers(slugs: readonly string[]): Speaker[] {
  return slugs.flatMap((slug) => getSpeaker(slug) ?? []);
}

export function getAllThemes(): Theme[] {
  return content().themes;
}

export function getTheme(slug: string): Theme | undefined {
  return content().themes.find((theme) => theme.slug === slug);
}

export function getAllEvents(): ConferenceEvent[] {
  return content().events;
}

export function getEvent(date: string): ConferenceEvent | undefined {
  return content().events.find((event) => event.date === date);
}

export function getAllTopics(): TopicEntry[] {
  return content().topics;
}

export function getTopic(slug: string): TopicEntry | undefined {
  return content().topics.find((topic) => topic.id === slug);
}

/** Every insight, in report order (theme order, then speaker file order). */
export function getAllInsights(): Insight[] {
  const order = new Map(content().themes.map((theme) => [theme.slug, theme.order]));
  return content()
    .speakers.flatMap((speaker) => speaker.insights)
    .sort((a, b) => (order.get(a.theme) ?? 0) - (order.get(b.theme) ?? 0));
}

export function getInsightsByTopic(topic: string): Insight[] {
  return getAllInsights().filter((insight) => insight.topics.includes(topic));
}

export function getInsightsByTheme(theme: string): Insight[] {
  return getAllInsights().filter((insight) => insight.theme === theme);
}

export function getBacklinks(slug: string): Backlink[] {
  return content().backlinks[slug] ?? [];
}

/** Other speakers who share topics with this one, most shared first. */
export function getRelatedSpeakers(slug: string, limit = 4): Speaker[] {
  const speaker = getSpeaker(slug);
  if (!speaker) return [];
  return content()
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
