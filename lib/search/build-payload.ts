import { contentRoot, getAllInsights, getAllSpeakers, getAllThemes, getAllTopics, getSpeaker, getTheme, getTopic } from '../content';
import { perContentVersion } from '../content/content-version';
import { figureText, getAllFigures, REPORT } from '../content/figures';
import { getTranslations } from '../content/translations';
import { displayName } from '../format';
import { LANGS, langOfPath, otherLang, type Lang } from '../i18n/locales';
import { UNSTATED } from '../content/schema';
import { buildSearchFiles, type SearchFiles } from './build-shards';
import { ENGINE_VERSION, createIndex, indexedText } from './engine';
import { SEARCH_LANGUAGES } from './languages';
import type { GlossaryPairs } from './translate';
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

/** The language of a set of documents, read from their URLs (`/es/…` is Spanish); one set is one language. */
function languageOf(docs: readonly SearchDoc[]): Lang {
  const langs = new Set(docs.map((doc) => langOfPath(doc.url)));
  if (langs.size > 1) throw new Error(`Search documents in several languages: ${[...langs].join(', ')}`);
  return [...langs][0] ?? 'en';
}

/** The glossary as pairs [other language, `lang`], so a query in the other language can be read in this one. */
export function glossaryInto(lang: Lang): GlossaryPairs {
  return getTranslations().glossary.map((entry) => [entry[otherLang(lang)], entry[lang]]);
}

/** The whole index in the documents' language, exported with the documents and the glossary: the in-memory reference (tests, benchmarks). */
export function buildSearchPayload(docs: SearchDoc[], lang: Lang = languageOf(docs)): SearchPayload {
  const index = createIndex('documents', SEARCH_LANGUAGES[lang]);
  for (const doc of docs) index.add(doc.id, indexedText(doc));
  const entries: [string, unknown][] = [];
  // With a handler that returns nothing, FlexSearch exports synchronously.
  index.export((key, data) => {
    // Embedded as JSON values rather than JSON strings: no escaped quotes to ship.
    entries.push([String(key), JSON.parse(String(data))]);
  });
  return { engine: ENGINE_VERSION, lang, docs, glossary: glossaryInto(lang), index: entries };
}

const searchFiles = Object.fromEntries(
  LANGS.map((lang) => [lang, perContentVersion(`search-files-${lang}`, () => buildSearchFiles(searchDocuments(lang), lang, glossaryInto(lang)), contentRoot)]),
) as Record<Lang, () => SearchFiles>;

/**
 * The site's search files in a language, built once per build (in the build's content snapshot, so
 * Next's workers never rebuild them) and again after each content edit in dev; the manifest route and
 * the file route both ask.
 */
export const siteSearchFiles = (lang: Lang): SearchFiles => searchFiles[lang]();
