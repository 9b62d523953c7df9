import { lastModified } from '../content/content-dates';
import type { Speaker } from '../content/types';
import { localizePath, type Lang } from '../i18n/locales';
import { routes } from '../routes';
import { absoluteUrl } from '../site';
import type { CitedPage } from '.';

/**
 * A speaker's page, or one of their insights' pages (`insightId`), as it cites the report. The access
 * date is the page's content's last commit, as in the sitemap: the same in the page and in its
 * files (written by another process), and never later than a reader's visit.
 */
export function citedPage(speaker: Speaker, lang: Lang, insightId?: string): CitedPage {
  const path = insightId === undefined ? routes.speaker(speaker.slug) : routes.insight(speaker.slug, insightId);
  return { lang, url: absoluteUrl(localizePath(path, lang)), accessed: lastModified([speaker.file]) };
}
