import {
  getAllEvents,
  getAllSpeakers,
  getAllThemes,
  getAllTopics,
  getBacklinks,
  getInsightsByTheme,
  getInsightsByTopic,
  getSpeaker,
  getSpeakers,
  getTheme,
  getTopic,
  isUnstated,
  type ConferenceEvent,
  type Insight,
  type Speaker,
  type Theme,
} from '../../content';
import { conferenceSummaryText, summariseConferences } from '../../content/conference-summary';
import { REPORT } from '../../content/figures-schema';
import { getAllFigures, qualifiedDisplay, type Figure } from '../../content/figures';
import { displayName, formatDate } from '../../format';
import { dictionary, fill, plural } from '../../i18n/dictionary';
import { localizePath, type Lang } from '../../i18n/locales';
import { routes } from '../../routes';
import { escapeMarkdown, htmlToMarkdown, markdownLink } from './markdown';
import { OPEN_DATA_FILES } from './paths';
import { citingInsight } from './records';

/*
 * The Markdown of each kind of page, from the content API: what the page
 * says, without its chrome (navigation, buttons, charts). The Markdown twins
 * and llms-full.txt are both made of these pieces; `depth` is the level of
 * the piece's own headings, so the same piece nests under a page's `#` or
 * under a section of the full text.
 */

/** Blocks separated by blank lines; empty ones dropped. */
export const blocks = (...parts: (string | false | undefined)[]) => parts.filter(Boolean).join('\n\n');
const hashes = (depth: number) => '#'.repeat(Math.min(depth, 6));
/** An ATX heading; its text is literal. */
export const heading = (depth: number, text: string) => `${hashes(depth)} ${escapeMarkdown(text)}`;
/** A heading that links to the page it names. */
export const linkedHeading = (depth: number, text: string, href: string) => `${hashes(depth)} ${markdownLink(text, href)}`;
/** A list item whose later lines are indented under its first. */
const item = (first: string, ...rest: (string | false | undefined)[]) =>
  [`- ${first}`, ...rest.filter((line): line is string => Boolean(line)).map((line) => `  ${line}`)].join('\n');
const list = (items: string[]) => items.join('\n');
/** A text's language notice, where a translation is missing and the English stands in. */
const fallback = (textLang: Lang, lang: Lang) => textLang !== lang && `*${escapeMarkdown(dictionary(lang).language.fallbackNotice)}*`;

const conferenceLink = (date: string, lang: Lang) =>
  markdownLink(fill(dictionary(lang).conference.label, { date: formatDate(date, lang) }), localizePath(routes.event(date), lang));

/** `role · organization · district`: only what the report gives (a speaker page's header). */
const who = (speaker: Speaker) => [speaker.role, speaker.organization, speaker.district].filter(Boolean).join(' · ');
/** What a list says a speaker is, as a link preview does: the role, or the organization where the report gives no role. */
const roleOf = (speaker: Speaker) => speaker.role ?? speaker.organization;

/** The speaker as a link, then their role. */
export function speakerLine(speaker: Speaker): string {
  const role = roleOf(speaker);
  return role ? `${markdownLink(displayName(speaker), speaker.href)} · ${escapeMarkdown(role)}` : markdownLink(displayName(speaker), speaker.href);
}

/** A speaker in one line of plain text, for indexes (llms.txt): the role, then the summary. */
export function speakerNote(speaker: Speaker): string {
  const role = roleOf(speaker);
  return role ? `${role}. ${speaker.summary}` : speaker.summary;
}

const topicLinks = (ids: readonly string[], lang: Lang) =>
  ids.flatMap((id) => getTopic(id, lang) ?? []).map((topic) => markdownLink(topic.label, topic.href)).join(', ');

/** The insight's theme and topics, as links. */
function insightMeta(insight: Insight, lang: Lang): string {
  const text = dictionary(lang);
  const theme = getTheme(insight.theme, lang);
  return [
    theme && `${escapeMarkdown(text.insight.theme)} ${markdownLink(theme.title, theme.href)}`,
    insight.topics.length > 0 && `${escapeMarkdown(text.nav.topics)}: ${topicLinks(insight.topics, lang)}`,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** The insight's page, in the insight's language. */
const insightPage = (insight: Insight, lang: Lang) => localizePath(routes.insight(insight.speaker, insight.id), lang);

/**
 * An insight in a list: its title linking to its own page; who said it and
 * where the report places it (unless the list is the speaker's own page);
 * the text; its theme and topics.
 */
export function insightSection(insight: Insight, lang: Lang, depth: number, { bySpeaker = true }: { bySpeaker?: boolean } = {}): string {
  const speaker = getSpeaker(insight.speaker, lang);
  const byline = [bySpeaker && speaker && speakerLine(speaker), !isUnstated(insight.conference) && conferenceLink(insight.conference, lang)].filter(Boolean).join(' · ');
  return blocks(
    linkedHeading(depth, insight.title, insightPage(insight, lang)),
    byline,
    fallback(insight.lang, lang),
    htmlToMarkdown(insight.bodyHtml),
    insightMeta(insight, lang),
  );
}

/** A figure as a list item: the number as written, what it counts and, unless listed on its source's own page, who cited it and where. */
function figureItem(figure: Figure, lang: Lang, { attributed = true }: { attributed?: boolean } = {}): string {
  const text = dictionary(lang).figures;
  const citer = figure.citedBy === REPORT ? text.theReport : displayName(getSpeaker(figure.citedBy, lang) ?? { name: figure.citedBy });
  return item(
    `**${escapeMarkdown(qualifiedDisplay(figure))}** — ${escapeMarkdown(figure.label)}`,
    attributed && `${escapeMarkdown(text.citedByList)} ${escapeMarkdown(citer)} · ${escapeMarkdown(text.sourceList)} ${markdownLink(figure.sourceTitle, figure.source)}`,
  );
}

/** The figures an insight cites (its source is the insight). */
export function figuresCitedBy(insight: Insight, lang: Lang): Figure[] {
  const speakers = getAllSpeakers(lang);
  return getAllFigures(lang).filter((figure) => citingInsight(figure, speakers)?.href === insight.href);
}

/** Every figure, by the report section it comes from (the figures page). */
export function figureSections(lang: Lang, depth: number): string {
  const figures = getAllFigures(lang);
  if (figures.length === 0) return escapeMarkdown(dictionary(lang).figures.empty);
  return blocks(
    ...getAllThemes(lang).map((theme) => {
      const inTheme = figures.filter((figure) => figure.theme === theme.slug);
      return inTheme.length > 0 && blocks(linkedHeading(depth, theme.title, theme.href), list(inTheme.map((figure) => figureItem(figure, lang))));
    }),
  );
}

/** A speaker's header: who they are, where the report places them, their themes and topics. */
export function speakerProfile(speaker: Speaker, lang: Lang): string {
  const text = dictionary(lang);
  const themes = speaker.themes.flatMap((slug) => getTheme(slug, lang) ?? []);
  return blocks(
    who(speaker) && escapeMarkdown(who(speaker)),
    escapeMarkdown(conferenceSummaryText(summariseConferences(speaker.insights.map((insight) => insight.conference), lang))),
    `${escapeMarkdown(speaker.themes.length === 1 ? text.speaker.theme.one : text.speaker.theme.other)}: ${themes.map((theme) => markdownLink(theme.title, theme.href)).join(' · ')}`,
    `${escapeMarkdown(text.nav.topics)}: ${topicLinks(speaker.topics, lang)}`,
    fallback(speaker.lang, lang),
    escapeMarkdown(speaker.summary),
  );
}

/** A speaker's page: the profile, every insight, and the pages that mention them. */
export function speakerPage(speaker: Speaker, lang: Lang, depth: number): string {
  const backlinks = getBacklinks(speaker.slug, lang);
  return blocks(
    speakerProfile(speaker, lang),
    ...speaker.insights.map((insight) => insightSection(insight, lang, depth, { bySpeaker: false })),
    backlinks.length > 0 && blocks(heading(depth, dictionary(lang).speaker.mentionedIn), list(backlinks.map((link) => item(markdownLink(link.title, link.href))))),
  );
}

/** A theme (report section): its overview, then its insights (all of them, unless given: a page's share). */
export function themeSections(theme: Theme, lang: Lang, depth: number, insights = getInsightsByTheme(theme.slug, lang)): string {
  const text = dictionary(lang).theme;
  return blocks(
    theme.topics.length > 0 && `${escapeMarkdown(dictionary(lang).nav.topics)}: ${topicLinks(theme.topics, lang)}`,
    heading(depth, text.overview),
    fallback(theme.lang, lang),
    // The overview's own `##` sections sit under "Overview".
    htmlToMarkdown(theme.html, { shift: depth - 1 }),
    insights.length > 0 && blocks(heading(depth, text.insights), ...insights.map((insight) => insightSection(insight, lang, depth + 1))),
  );
}

/** A conference: where, what the report says of it, and the speakers it places there (all, unless given: a page's share). */
export function eventSections(event: ConferenceEvent, lang: Lang, depth: number, speakers = getSpeakers(event.speakers, lang)): string {
  return blocks(
    escapeMarkdown(event.location),
    fallback(event.lang, lang),
    htmlToMarkdown(event.html, { shift: depth - 2 }),
    speakers.length > 0 && blocks(heading(depth, dictionary(lang).event.speakers), list(speakers.map((speaker) => item(speakerLine(speaker))))),
  );
}

/** The themes, in report order, each with its summary. */
export const themeList = (lang: Lang) => list(getAllThemes(lang).map((theme) => item(markdownLink(theme.title, theme.href), escapeMarkdown(theme.summary))));
/** The speakers (all of them, alphabetically, unless given), each with who they are and the summary. */
export const speakerList = (lang: Lang, speakers = getAllSpeakers(lang)) => list(speakers.map((speaker) => item(speakerLine(speaker), escapeMarkdown(speaker.summary))));
/** The conferences, each with its summary. */
export const eventList = (lang: Lang) => list(getAllEvents(lang).map((event) => item(markdownLink(event.title, event.href), escapeMarkdown(event.summary))));
/** The topics, each with its description and how many insights it has. */
export const topicList = (lang: Lang) =>
  list(
    getAllTopics(lang).map((topic) =>
      item(`${markdownLink(topic.label, topic.href)} (${escapeMarkdown(plural(dictionary(lang).counts.insights, getInsightsByTopic(topic.id, lang).length))})`, escapeMarkdown(topic.description)),
    ),
  );

/** The open data files, each with its schema where it has one, for the About page's Markdown and llms.txt. */
export function dataFileList(lang: Lang): string {
  const text = dictionary(lang).data;
  return list(
    OPEN_DATA_FILES.map(({ path, schema, describes }) => {
      const name = markdownLink(path.slice(path.lastIndexOf('/') + 1), path);
      return item(`${schema ? `${name} (${markdownLink(text.schema, schema)})` : name}: ${escapeMarkdown(text.files[describes])}`);
    }),
  );
}

/** A dictionary text escaped as Markdown, but for its `code` spans (field names and values), kept as code. */
const withCode = (text: string) => text.split('`').map((part, index) => (index % 2 === 1 ? `\`${part}\`` : escapeMarkdown(part))).join('');

/** The About page's data dictionary: each field and its meaning. */
export function dataDictionary(lang: Lang, depth: number): string {
  const text = dictionary(lang).data;
  const fields = (entries: Record<string, string>) =>
    list(Object.entries(entries).map(([field, meaning]) => item(`\`${field}\`: ${fill(withCode(meaning), { report: `\`${REPORT}\`` })}`)));
  return blocks(heading(depth, text.dictionaryHeading), withCode(text.dictionaryLead), fields(text.fields), withCode(text.figureFieldsLead), fields(text.figureFields));
}

/** An insight's own page: who said it, the text, the figures it cites, and the way back to its context. */
export function insightPageSections(insight: Insight, lang: Lang, depth: number): string {
  const text = dictionary(lang).insight;
  const speaker = getSpeaker(insight.speaker, lang);
  const figures = figuresCitedBy(insight, lang);
  return blocks(
    [speaker && speakerLine(speaker), !isUnstated(insight.conference) && conferenceLink(insight.conference, lang)].filter(Boolean).join(' · '),
    fallback(insight.lang, lang),
    htmlToMarkdown(insight.bodyHtml),
    insightMeta(insight, lang),
    figures.length > 0 && blocks(heading(depth, text.figuresCited), list(figures.map((figure) => figureItem(figure, lang)))),
    markdownLink(speaker ? fill(text.readInContextOf, { name: displayName(speaker) }) : text.readInContext, insight.href),
  );
}
