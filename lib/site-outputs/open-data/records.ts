import { getAllInsights, getAllSpeakers, getAllThemes, getAllTopics, getSpeaker, isUnstated, type Insight, type Speaker } from '../../content';
import { getAllFigures, type Figure } from '../../content/figures';
import type { FigureUnit } from '../../content/figures-schema';
import { LANGS, localizePath, type Lang } from '../../i18n/locales';
import { routes } from '../../routes';
import { absoluteUrl } from '../../site';
import { htmlToMarkdown } from './markdown';

/*
 * The open data's records, built from the content API: each insight, speaker
 * and figure once, with its text in both languages side by side. Facts (ids,
 * dates, numbers) come from the English content, which the Spanish edition
 * shares; a value the report does not give is null, never filled in.
 */

/** A text in each language. Where a translation is missing, its English text stands in (see `textLang`). */
export type Bilingual<T = string> = Record<Lang, T>;

export interface InsightRecord {
  id: string;
  speaker: { slug: string; name: string; role: Bilingual | null; organization: Bilingual | null };
  theme: { slug: string; title: Bilingual };
  topics: { id: string; label: Bilingual }[];
  conference: string | null;
  urls: Bilingual<{ page: string; deepLink: string }>;
  title: Bilingual;
  text: Bilingual;
  markdown: Bilingual;
  textLang: Bilingual<Lang>;
  figures: string[];
}

export interface SpeakerRecord {
  slug: string;
  name: string;
  honorific: Bilingual | null;
  role: Bilingual | null;
  organization: Bilingual | null;
  district: Bilingual | null;
  conferences: string[];
  themes: string[];
  topics: string[];
  summary: Bilingual;
  urls: Bilingual;
  insights: string[];
}

export interface FigureRecord {
  id: string;
  value: number | null;
  min: number | null;
  max: number | null;
  unit: FigureUnit;
  display: Bilingual;
  qualifier: string | null;
  label: Bilingual;
  citedBy: string;
  basedOn: Bilingual | null;
  countedFrom: Bilingual | null;
  theme: string;
  insight: string | null;
  source: Bilingual;
  urls: Bilingual;
}

/** One value per language. */
function both<T>(value: (lang: Lang) => T): Bilingual<T> {
  return Object.fromEntries(LANGS.map((lang) => [lang, value(lang)])) as Bilingual<T>;
}

/** A field in both languages, or null when the English content has none (the report gives none). */
function optional<T>(english: T | undefined, value: (lang: Lang) => T | undefined): Bilingual<T> | null {
  return english === undefined ? null : both((lang) => value(lang) ?? english);
}

/** An item in each language by the same key, or the English one where a language lacks it. */
function lookup<T>(find: (lang: Lang) => T | undefined): Bilingual<T> {
  const english = find('en');
  if (english === undefined) throw new Error('open data: an English item is missing');
  return both((lang) => find(lang) ?? english);
}

/** The insight a figure's source names: `/speakers/<slug>/#<id>`, the id or one it had before. */
export function citingInsight(figure: Pick<Figure, 'source'>, speakers: readonly Speaker[]): Insight | undefined {
  const [pagePath = '', anchor] = figure.source.split('#', 2);
  const speaker = speakers.find((candidate) => candidate.href === pagePath);
  return anchor === undefined ? undefined : speaker?.insights.find((insight) => insight.id === anchor || insight.aliases.includes(anchor));
}

/** Every insight, in report order (theme order, then speaker file order). */
export function insightRecords(): InsightRecord[] {
  const englishSpeakers = getAllSpeakers('en');
  const figures = getAllFigures('en');
  const themes = both(getAllThemes);
  const topics = both(getAllTopics);
  return getAllInsights('en').map((insight) => {
    const speaker = lookup((lang) => getSpeaker(insight.speaker, lang));
    const text = lookup((lang) => speaker[lang].insights.find((candidate) => candidate.id === insight.id));
    return {
      id: insight.id,
      speaker: {
        slug: speaker.en.slug,
        name: speaker.en.name,
        role: optional(speaker.en.role, (lang) => speaker[lang].role),
        organization: optional(speaker.en.organization, (lang) => speaker[lang].organization),
      },
      theme: { slug: insight.theme, title: lookup((lang) => themes[lang].find((theme) => theme.slug === insight.theme)?.title) },
      topics: insight.topics.map((id) => ({ id, label: lookup((lang) => topics[lang].find((topic) => topic.id === id)?.label) })),
      conference: isUnstated(insight.conference) ? null : insight.conference,
      urls: both((lang) => ({ page: absoluteUrl(localizePath(routes.insight(insight.speaker, insight.id), lang)), deepLink: absoluteUrl(text[lang].href) })),
      title: both((lang) => text[lang].title),
      text: both((lang) => text[lang].text),
      markdown: both((lang) => htmlToMarkdown(text[lang].bodyHtml)),
      textLang: both((lang) => text[lang].lang),
      figures: figures.filter((figure) => citingInsight(figure, englishSpeakers)?.href === insight.href).map((figure) => figure.id),
    };
  });
}

/** Every speaker, alphabetically (the order of /speakers/). */
export function speakerRecords(): SpeakerRecord[] {
  return getAllSpeakers('en').map((english) => {
    const speaker = lookup((lang) => getSpeaker(english.slug, lang));
    return {
      slug: english.slug,
      name: english.name,
      honorific: optional(english.honorific, (lang) => speaker[lang].honorific),
      role: optional(english.role, (lang) => speaker[lang].role),
      organization: optional(english.organization, (lang) => speaker[lang].organization),
      district: optional(english.district, (lang) => speaker[lang].district),
      conferences: english.dates,
      themes: english.themes,
      topics: english.topics,
      summary: both((lang) => speaker[lang].summary),
      urls: both((lang) => absoluteUrl(speaker[lang].href)),
      insights: english.insights.map((insight) => insight.id),
    };
  });
}

/** Every figure, in report order. */
export function figureRecords(): FigureRecord[] {
  const speakers = getAllSpeakers('en');
  const spanish = new Map(getAllFigures('es').map((figure) => [figure.id, figure]));
  return getAllFigures('en').map((english) => {
    const figure = both((lang) => (lang === 'en' ? english : (spanish.get(english.id) ?? english)));
    return {
      id: english.id,
      value: english.value ?? null,
      min: english.min ?? null,
      max: english.max ?? null,
      unit: english.unit,
      display: both((lang) => figure[lang].display),
      qualifier: english.qualifier ?? null,
      label: both((lang) => figure[lang].label),
      citedBy: english.citedBy,
      basedOn: optional(english.basedOn, (lang) => figure[lang].basedOn),
      countedFrom: optional(english.countedFrom, (lang) => figure[lang].countedFrom),
      theme: english.theme,
      insight: citingInsight(english, speakers)?.id ?? null,
      source: both((lang) => absoluteUrl(figure[lang].source)),
      urls: both((lang) => absoluteUrl(figure[lang].href)),
    };
  });
}
