import { ContentError, type ContentIssue } from './content-error';
import { perContentVersion } from './content-version';
import { getAllFigures } from './figures';
import { loadTranslations, type Translations } from './load-translations';
import { contentRoot, getAllEvents, getAllSpeakers, getAllThemes, getAllTopics } from '.';

export type { EventTranslation, FigureTranslation, GlossaryEntry, SpeakerTranslation, ThemeTranslation, TopicTranslation, Translations } from './load-translations';

/**
 * The Spanish edition, checked against the English one; loaded once per
 * build (again after each edit under `next dev`). Throws the one
 * ContentError listing every problem.
 */
export const getTranslations: () => Translations = perContentVersion('translations', (root) => {
  const issues: ContentIssue[] = [];
  const translations = loadTranslations(root, { speakers: getAllSpeakers(), themes: getAllThemes(), events: getAllEvents(), topics: getAllTopics() }, getAllFigures(), issues);
  if (issues.length > 0) throw new ContentError(issues);
  return translations;
}, contentRoot);
