import { contentRoot, getAllEvents, getAllSpeakers, getAllThemes, getAllTopics, getInsightsByTheme, getInsightsByTopic } from './content';
import { perContentVersion } from './content/content-version';
import { dictionary, fill } from './i18n/dictionary';
import { localizePath, type Lang } from './i18n/locales';
import type { PageEntry } from './pages';
import { PAGE_SIZES, pageCount, pagePath } from './paging';
import { routes } from './routes';

/**
 * The lists that grow with the content, by their page's English path, with
 * how many pages each takes (the same in every language): the speakers, and
 * each theme's and topic's insights and each conference's speakers.
 */
export const getListPageCounts: () => Map<string, number> = perContentVersion(
  'list-page-counts',
  () =>
    new Map([
      [routes.speakers, pageCount(getAllSpeakers().length, PAGE_SIZES.speakers)],
      ...getAllThemes().map((theme) => [routes.theme(theme.slug), pageCount(getInsightsByTheme(theme.slug).length, PAGE_SIZES.insights)] as const),
      ...getAllTopics().map((topic) => [routes.topic(topic.id), pageCount(getInsightsByTopic(topic.id).length, PAGE_SIZES.insights)] as const),
      ...getAllEvents().map((event) => [routes.event(event.date), pageCount(event.speakers.length, PAGE_SIZES.speakers)] as const),
    ]),
  contentRoot,
);

/**
 * A list's page entry as one entry per page when the list takes more than one:
 * each its own path and "page N of M" title; the card stays the list's (so its
 * image is rendered once, see scripts/og-images.ts).
 */
export function withListPages(entries: PageEntry[], lang: Lang): PageEntry[] {
  const text = dictionary(lang).paging;
  return entries.flatMap((entry) => {
    const pages = getListPageCounts().get(entry.key) ?? 1;
    if (pages === 1) return [entry];
    return Array.from({ length: pages }, (_, index) => {
      const key = pagePath(entry.key, index + 1);
      return { ...entry, key, path: localizePath(key, lang), title: fill(text.title, { title: entry.title, page: index + 1, pages }) };
    });
  });
}
