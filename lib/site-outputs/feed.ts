import { getAllInsights, getSpeaker, getTopic } from '../content';
import { displayName } from '../format';
import { REPORT_TITLE, SITE_NAME, absoluteUrl } from '../site';

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/**
 * Atom requires an `updated` date. Insights carry no date of their own, and
 * a build date would be made up, so every entry uses the last conference the
 * report covers.
 */
const REPORT_COVERS_UNTIL = '2025-04-30T00:00:00Z';

/** An Atom feed with one entry per insight. */
export function atomFeed(): string {
  const entries = getAllInsights().map((insight) => {
    const speaker = getSpeaker(insight.speaker);
    const categories = insight.topics.map((id) => `<category term="${escapeXml(id)}" label="${escapeXml(getTopic(id)?.label ?? id)}"/>`).join('');
    return [
      '<entry>',
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
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `<id>${escapeXml(absoluteUrl('/'))}</id>`,
    `<title>${escapeXml(`${SITE_NAME} — ${REPORT_TITLE}`)}</title>`,
    `<subtitle>Every insight from the report, one entry per point a speaker made.</subtitle>`,
    `<link rel="self" type="application/atom+xml" href="${escapeXml(absoluteUrl('/feed.xml'))}"/>`,
    `<link rel="alternate" type="text/html" href="${escapeXml(absoluteUrl('/'))}"/>`,
    `<updated>${REPORT_COVERS_UNTIL}</updated>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
