import { lastModified } from '../content/content-dates';
import type { Speaker } from '../content/types';
import { localizePath, type Lang } from '../i18n/locales';
import { routes } from '../routes';
import { absoluteUrl } from '../site';
import { citations, type Citation } from '.';

/**
 * The citations of a speaker's page, or of one of their insights' pages (`insightId`). The access
 * date is the page's content's last commit, as in the sitemap: the same in the page and in its
 * download files (written by another process), and never later than a reader's visit.
 */
export function pageCitations(speaker: Speaker, lang: Lang, insightId?: string): Citation[] {
  const path = insightId === undefined ? routes.speaker(speaker.slug) : routes.insight(speaker.slug, insightId);
  return citations({ lang, url: absoluteUrl(localizePath(path, lang)), accessed: lastModified([speaker.file]) });
}
