import { getAllInsights, getSpeaker, getTopic, type Insight } from '../content';
import { getFileDates } from '../content/content-dates';
import { displayName } from '../format';
import { dictionary } from '../i18n/dictionary';
import { localizePath, type Lang } from '../i18n/locales';
import { SITE_NAME, absoluteUrl } from '../site';

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/**
 * Atom requires an `updated` date. Insights carry no date of their own, and
 * a build date would be made up, so every entry uses the last conference the
 * report covers.
 */
const REPORT_COVERS_UNTIL = '2025-04-30T00:00:00Z';

/** Most entries a feed carries: readers poll it, so it stays small however large the archive grows. */
export const FEED_LIMIT = 100;

/**
 * The latest insights, at most FEED_LIMIT: newest speaker file first (its first commit), ties and
 * uncommitted files in report order; listed in report order.
 */
export function feedInsights(insights: readonly Insight[], published: (insight: Insight) => string | undefined): Insight[] {
  if (insights.length <= FEED_LIMIT) return [...insights];
  const position = new Map(insights.map((insight, index) => [insight, index]));
  const latest = [...insights].sort((a, b) => (published(b) ?? '').localeCompare(published(a) ?? '')).slice(0, FEED_LIMIT);
  return latest.sort((a, b) => position.get(a)! - position.get(b)!);
}

/** An Atom feed with an entry for each of the latest insights, in one language (`/feed.xml`, `/es/feed.xml`). */
export function atomFeed(lang: Lang): string {
  const text = dictionary(lang);
  const insights = feedInsights(getAllInsights(lang), (insight) => getFileDates(getSpeaker(insight.speaker)?.file ?? '')?.published);
  const entries = insights.map((insight) => {
    const speaker = getSpeaker(insight.speaker, lang);
    const categories = insight.topics.map((id) => `<category term="${escapeXml(id)}" label="${escapeXml(getTopic(id, lang)?.label ?? id)}"/>`).join('');
    return [
      // An untranslated insight says it is in English.
      insight.lang === lang ? '<entry>' : `<entry xml:lang="${insight.lang}">`,
      `<id>${escapeXml(absoluteUrl(insight.href))}</id>`,
      `<title>${escapeXml(speaker ? `${displayName(speaker)}: ${insight.title}` : insight.title)}</title>`,
      `<link rel="alternate" type="text/html" href="${escapeXml(absoluteUrl(insight.href))}"/>`,
      `<updated>${REPORT_COVERS_UNTIL}</updated>`,
      speaker ? `<author><name>${escapeXml(displayName(speaker))}</name><uri>${escapeXml(absoluteUrl(speaker.href))}</uri></author>` : '',
      `<summary type="text">${escapeXml(insight.text)}</summary>`,
      categories,
      '</entry>',
    ].join('');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">`,
    `<id>${escapeXml(absoluteUrl(localizePath('/', lang)))}</id>`,
    `<title>${escapeXml(`${SITE_NAME} — ${text.home.title}`)}</title>`,
    `<subtitle>${escapeXml(text.pages.feedSubtitle)}</subtitle>`,
    `<link rel="self" type="application/atom+xml" href="${escapeXml(absoluteUrl(localizePath('/feed.xml', lang)))}"/>`,
    `<link rel="alternate" type="text/html" href="${escapeXml(absoluteUrl(localizePath('/', lang)))}"/>`,
    `<updated>${REPORT_COVERS_UNTIL}</updated>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
