import { localizePath, type Lang } from '../i18n/locales';
import { renderMarkdown } from '../markdown/pipeline';
import type { NameLink } from '../markdown/rehype-link-speakers';
import type { Translations } from './load-translations';
import type { Backlink, ConferenceEvent, Content, Insight, Speaker, Theme, TopicEntry } from './types';

/**
 * The content in another language: the same speakers, insights, themes,
 * events and topics, with the same ids, facts and order (all from the
 * English files), their text from the translations and their links to the
 * pages in that language. Where a text has no translation (possible only with
 * `missing: fallback`), the English one stays, marked `lang: 'en'`, so the
 * page can say so and set the element's language.
 */
export function localizeContent(english: Content, translations: Translations, lang: Lang): Content {
  const href = (path: string) => localizePath(path, lang);
  const names: NameLink[] = english.speakers.map((speaker) => ({ name: speaker.name, href: href(speaker.href) }));

  const speakers = english.speakers.map((speaker): Speaker => {
    const translation = translations.speakers.get(speaker.slug);
    const selfHref = href(speaker.href);
    const insights = speaker.insights.map((insight): Insight => {
      const section = translation?.sections.get(insight.id);
      if (!section) return { ...insight, href: href(insight.href), page: href(insight.page) };
      // One section at a time, under its English id: the heading text never changes the deep link.
      const [rendered] = renderMarkdown(`## ${section.title}\n\n${section.markdown}`, { names, selfHref, headingIds: [insight.id], lang }).sections;
      if (!rendered) throw new Error(`${translation?.file}:${section.line}: the translated section "${insight.id}" rendered no heading`);
      return { ...insight, title: rendered.title, headingHtml: rendered.headingHtml, bodyHtml: rendered.bodyHtml, text: rendered.text, href: href(insight.href), page: href(insight.page), lang };
    });
    if (!translation) return { ...speaker, href: selfHref, insights };
    return {
      ...speaker,
      href: selfHref,
      insights,
      honorific: translation.honorific,
      role: translation.role,
      organization: translation.organization,
      district: translation.district,
      summary: translation.summary,
      lang,
    };
  });

  const themes = english.themes.map((theme): Theme => {
    const translation = translations.themes.get(theme.slug);
    if (!translation) return { ...theme, href: href(theme.href) };
    const rendered = renderMarkdown(translation.markdown, { names, selfHref: href(theme.href), headingIds: [...translation.sections.keys()], lang });
    return {
      ...theme,
      href: href(theme.href),
      title: translation.title,
      summary: translation.summary,
      html: rendered.html,
      text: rendered.text,
      headings: rendered.sections.map(({ id, title }) => ({ id, title })),
      lang,
    };
  });

  const events = english.events.map((event): ConferenceEvent => {
    const translation = translations.events.get(event.date);
    if (!translation) return { ...event, href: href(event.href) };
    const rendered = renderMarkdown(translation.markdown, { names, selfHref: href(event.href), headingIds: [...translation.sections.keys()], lang });
    return {
      ...event,
      href: href(event.href),
      title: translation.title,
      location: translation.location,
      summary: translation.summary,
      html: rendered.html,
      headings: rendered.sections.map(({ id, title }) => ({ id, title })),
      lang,
    };
  });

  const topics = english.topics.map((topic): TopicEntry => {
    const translation = translations.topics.get(topic.id);
    return translation ? { ...topic, href: href(topic.href), label: translation.label, description: translation.description, lang } : { ...topic, href: href(topic.href) };
  });

  // A backlink is titled by the page it comes from, in this language.
  const titles = new Map<string, string>([
    ...speakers.map((speaker) => [speaker.href, speaker.name] as const),
    ...themes.map((theme) => [theme.href, theme.title] as const),
    ...events.map((event) => [event.href, event.title] as const),
  ]);
  const backlinks = Object.fromEntries(
    Object.entries(english.backlinks).map(([slug, links]) => [
      slug,
      links.map((link): Backlink => {
        const localized = href(link.href);
        return { href: localized, title: titles.get(localized.split('#')[0] ?? '') ?? link.title };
      }),
    ]),
  );

  return { speakers, themes, events, topics, backlinks };
}
