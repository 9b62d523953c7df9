import { JsonLd } from '@/components/json-ld';
import { PageTitle } from '@/components/page-title';
import { getAllSpeakers } from '@/lib/content';
import { conferenceSummaryText, summariseConferences } from '@/lib/content/conference-summary';
import { dictionary } from '@/lib/i18n/dictionary';
import { localizePath, type Lang } from '@/lib/i18n/locales';
import { setPageLang } from '@/lib/i18n/page-lang';
import { pageJsonLd, pageMetadata } from '@/lib/pages';
import { routes } from '@/lib/routes';

/** A speaker the report places at a conference for only some of their insights: the wording at its most telling. */
function partlyStatedExample(lang: Lang) {
  for (const speaker of getAllSpeakers(lang)) {
    const summary = summariseConferences(
      speaker.insights.map((insight) => insight.conference),
      lang,
    );
    if (summary.parts.length > 0 && summary.unstated) return { speaker, text: conferenceSummaryText(summary) };
  }
  return undefined;
}

export function aboutRoute(lang: Lang) {
  const path = localizePath(routes.about, lang);
  const metadata = pageMetadata(path);

  function AboutPage() {
    setPageLang(lang);
    const text = dictionary(lang);
    const about = text.about;
    const example = partlyStatedExample(lang);
    const [beforeName = '', afterName = ''] = about.conferenceExample.split('{name}');
    const [beforeExample = '', afterExample = ''] = afterName.split('{example}');
    return (
      <>
        <JsonLd data={pageJsonLd(path, 'AboutPage')} />
        <PageTitle title={about.title} lead={about.lead} />
        <div className="prose prose-zinc max-w-3xl dark:prose-invert prose-a:text-brand-700 dark:prose-a:text-brand-100">
          <h2 id="source">{about.sourceHeading}</h2>
          <p>
            <cite lang="en">{about.sourceCitation}</cite>
            {about.sourcePublished}
          </p>
          <h2 id="how-it-was-made">{about.madeHeading}</h2>
          <p>
            {about.made1}
            <a href={localizePath(routes.themes, lang)}>{about.madeTheme}</a>
            {about.made2}
            <a href={localizePath(routes.speakers, lang)}>{about.madeSpeaker}</a>
            {about.made3}
            <a href={localizePath(routes.topics, lang)}>{about.madeTopics}</a>
            {about.made4}
          </p>
          <ul>
            <li>
              {about.conferenceRule}
              {example && (
                <>
                  {beforeName}
                  <a href={example.speaker.href}>{example.speaker.name}</a>
                  {beforeExample}
                  <em>{example.text}</em>
                  {afterExample}
                </>
              )}
              {about.unstatedRule1}
              <em>{text.conference.notStated}</em>
              {about.unstatedRule2}
            </li>
            <li>{about.roleRule}</li>
          </ul>
          <h2 id="paraphrase">{about.paraphraseHeading}</h2>
          <p>
            {about.paraphrase1}
            <em>{about.paraphraseExample}</em>
            {about.paraphrase2}
          </p>
          <h2 id="spanish-edition">{about.translationHeading}</h2>
          <p>{about.translation}</p>
        </div>
      </>
    );
  }
  return { metadata, AboutPage };
}
