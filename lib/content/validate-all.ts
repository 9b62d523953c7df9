import { getAllFigures } from './figures';
import { getTranslations } from './translations';
import { getAllInsights, getAllSpeakers, getAllThemes, getAllEvents, getAllTopics } from '.';

/** What a valid content tree holds, for the one-line summary of `npm run check` and the build. */
export interface ContentSummary {
  speakers: number;
  insights: number;
  themes: number;
  events: number;
  topics: number;
  figures: number;
  /** Insights with their Spanish text, of all insights. */
  spanish: string;
}

/**
 * Loads and checks everything the site is built from — schemas, references,
 * links, anchors and figures — without rendering a page. Throws the one
 * ContentError that lists every problem.
 */
export function validateAllContent(): ContentSummary {
  return {
    speakers: getAllSpeakers().length,
    insights: getAllInsights().length,
    themes: getAllThemes().length,
    events: getAllEvents().length,
    topics: getAllTopics().length,
    figures: getAllFigures().length,
    spanish: spanishCoverage(),
  };
}

function spanishCoverage(): string {
  const { insights, totalInsights } = getTranslations().coverage;
  return `${insights} of ${totalInsights}`;
}

export function describeSummary(summary: ContentSummary): string {
  return Object.entries(summary)
    .map(([kind, count]) => (kind === 'spanish' ? `${count} insights in Spanish` : `${count} ${kind}`))
    .join(', ');
}
