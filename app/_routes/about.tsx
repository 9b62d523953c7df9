import { Fragment } from 'react';
import { JsonLd } from '@/components/json-ld';
import { PageTitle } from '@/components/page-title';
import { getAllSpeakers } from '@/lib/content';
import { conferenceSummaryText, summariseConferences } from '@/lib/content/conference-summary';
import { dictionary } from '@/lib/i18n/dictionary';
import { localizePath, type Lang } from '@/lib/i18n/locales';
import { setPageLang } from '@/lib/i18n/page-lang';
import { pageJsonLd, pageMetadata } from '@/lib/pages';
import { routes } from '@/lib/routes';
import { OPEN_DATA_FILES, markdownTwinPath } from '@/lib/site-outputs/open-data/paths';
import { REPORT } from '@/lib/content/figures-schema';

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

/** Field → meaning; `{report}` in a meaning is the literal value, shown as code. */
function FieldList({ fields }: { fields: Record<string, string> }) {
  return (
    <dl>
      {Object.entries(fields).map(([field, meaning]) => {
        const [before = '', after] = meaning.split('{report}');
        return (
          <Fragment key={field}>
            <dt>
              <code>{field}</code>
            </dt>
            <dd>
              <WithCode text={before} />
              {after !== undefined && (
                <>
                  <code>{REPORT}</code>
                  <WithCode text={after} />
                </>
              )}
            </dd>
          </Fragment>
        );
      })}
    </dl>
  );
}

/** A dictionary text with its field names and values in `backticks` set as code (not words to translate). */
function WithCode({ text }: { text: string }) {
  return text.split('`').map((part, index) => (index % 2 === 1 ? <code key={index}>{part}</code> : <Fragment key={index}>{part}</Fragment>));
}

/** The open data: each file with its schema, the pages' Markdown twins, and a short data dictionary. */
function DataSection({ lang }: { lang: Lang }) {
  const text = dictionary(lang).data;
  const twin = markdownTwinPath(localizePath(routes.about, lang));
  const [beforeExample = '', afterExample = ''] = text.markdown.split('{example}');
  const name = (path: string) => path.slice(path.lastIndexOf('/') + 1);
  return (
    <>
      <h2 id="data">{text.heading}</h2>
      <p>{text.lead}</p>
      <ul>
        {OPEN_DATA_FILES.map(({ path, schema, describes }) => (
          <li key={path}>
            <a href={path}>
              <code>{name(path)}</code>
            </a>
            {schema && (
              <>
                {' ('}
                <a href={schema}>{text.schema}</a>
                {')'}
              </>
            )}
            : {text.files[describes]}
          </li>
        ))}
      </ul>
      <p>
        {beforeExample}
        <a href={twin}>
          <code>{twin}</code>
        </a>
        {afterExample}
      </p>
      <h3 id="data-dictionary">{text.dictionaryHeading}</h3>
      <p>
        <WithCode text={text.dictionaryLead} />
      </p>
      <FieldList fields={text.fields} />
      <p>
        <WithCode text={text.figureFieldsLead} />
      </p>
      <FieldList fields={text.figureFields} />
    </>
  );
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
        {/* File and field names are set as code without the typography plugin's literal backticks around them. */}
        <div className="prose prose-zinc max-w-3xl dark:prose-invert prose-a:text-brand-700 dark:prose-a:text-brand-100 prose-code:before:content-none prose-code:after:content-none">
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
          <DataSection lang={lang} />
        </div>
      </>
    );
  }
  return { metadata, AboutPage };
}
