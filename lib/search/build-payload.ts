import { getAllInsights, getAllSpeakers, getAllThemes, getAllTopics, getSpeaker, getTheme, getTopic } from '../content';
import { figureText, getAllFigures, REPORT } from '../content/figures';
import { displayName } from '../format';
import type { Lang } from '../i18n/locales';
import { UNSTATED } from '../content/schema';
import { ENGINE_VERSION, createIndex, indexedText } from './engine';
import type { SearchDoc, SearchPayload } from './types';

/** One search document per insight, speaker, theme, topic and figure, from the content API, in one language. */
export function searchDocuments(lang: Lang = 'en'): SearchDoc[] {
  const topicLabels = (ids: readonly string[]) => ids.map((id) => getTopic(id, lang)?.label ?? id).join(' ');
  const docs: Omit<SearchDoc, 'id'>[] = [
    ...getAllInsights(lang).map((insight) => {
      const speaker = getSpeaker(insight.speaker, lang);
      return {
        kind: 'insight' as const,
        url: insight.href,
        title: insight.title,
        speaker: speaker && displayName(speaker),
        speakerSlug: insight.speaker,
        role: speaker?.role,
        events: [insight.conference],
        theme: getTheme(insight.theme, lang)?.title,
        topics: insight.topics,
        topicLabels: topicLabels(insight.topics),
        body: insight.text,
      };
    }),
    ...getAllSpeakers(lang).map((speaker) => ({
      kind: 'speaker' as const,
      url: speaker.href,
      title: displayName(speaker),
      speaker: displayName(speaker),
      speakerSlug: speaker.slug,
      role: speaker.role,
      events: speaker.dates.length > 0 ? speaker.dates : [UNSTATED],
      topics: speaker.topics,
      topicLabels: topicLabels(speaker.topics),
      body: [speaker.summary, speaker.organization].filter(Boolean).join(' '),
    })),
    ...getAllThemes(lang).map((theme) => ({
      kind: 'theme' as const,
      url: theme.href,
      title: theme.title,
      events: [],
      topics: theme.topics,
      topicLabels: topicLabels(theme.topics),
      body: theme.summary,
    })),
    ...getAllTopics(lang).map((topic) => ({
      kind: 'topic' as const,
      url: topic.href,
      title: topic.label,
      events: [],
      topics: [topic.id],
      topicLabels: topic.label,
      body: topic.description,
    })),
    // A figure leads to its permalink on /figures/, titled with the number as the report writes it.
    ...getAllFigures(lang).map((figure) => {
      const speaker = figure.citedBy === REPORT ? undefined : getSpeaker(figure.citedBy, lang);
      return {
        kind: 'figure' as const,
        url: figure.href,
        title: figureText(figure, lang),
        speaker: speaker && displayName(speaker),
        speakerSlug: speaker?.slug,
        events: [],
        theme: getTheme(figure.theme, lang)?.title,
        topics: [],
        topicLabels: '',
        body: figure.label,
      };
    }),
  ];
  // Optional fields left undefined are dropped, keeping the shipped JSON small.
  return docs.map((doc, id) => JSON.parse(JSON.stringify({ id, ...doc })) as SearchDoc);
}

/** Builds the index at compile time and exports it with the documents. */
export function buildSearchPayload(docs: SearchDoc[]): SearchPayload {
  const index = createIndex('documents');
  for (const doc of docs) index.add(doc.id, indexedText(doc));
  const entries: [string, unknown][] = [];
  // With a handler that returns nothing, FlexSearch exports synchronously.
  index.export((key, data) => {
    // Embedded as JSON values rather than JSON strings: no escaped quotes to ship.
    entries.push([String(key), JSON.parse(String(data))]);
  });
  return { engine: ENGINE_VERSION, docs, index: entries };
}
