import type { Metadata } from 'next';
import { JsonLd } from '@/components/json-ld';
import { PageTitle } from '@/components/page-title';
import { conferenceSummaryText, NOT_STATED, summariseConferences } from '@/lib/content/conference-summary';
import { getAllSpeakers } from '@/lib/content';
import { pageJsonLd, pageMetadata } from '@/lib/pages';
import { routes } from '@/lib/routes';

export const metadata: Metadata = pageMetadata(routes.about);

/** A speaker the report places at a conference for only some of their insights: the wording at its most telling. */
function partlyStatedExample() {
  for (const speaker of getAllSpeakers()) {
    const summary = summariseConferences(speaker.insights.map((insight) => insight.conference));
    if (summary.parts.length > 0 && summary.unstated) return { speaker, text: conferenceSummaryText(summary) };
  }
  return undefined;
}

export default function AboutPage() {
  const example = partlyStatedExample();
  return (
    <>
      <JsonLd data={pageJsonLd(routes.about, 'AboutPage')} />
      <PageTitle title="About this site" lead="A knowledge base built from one published report, and nothing else." />
      <div className="prose prose-zinc max-w-3xl dark:prose-invert prose-a:text-brand-700 dark:prose-a:text-brand-100">
        <h2 id="source">The source document</h2>
        <p>
          <cite>The Future of the North American Partnership — Key Insights from the USMCOC Binational Conferences, December 5, 2024 – April 30, 2025, Washington, D.C.</cite>,
          published by the United States–Mexico Chamber of Commerce (USMCOC) / Cámara de Comercio México–Estados Unidos.
          The report summarises the presentations given at the Chamber’s binational conferences of December 5, 2024 and April 30, 2025.
        </p>
        <h2 id="how-it-was-made">How the content was made</h2>
        <p>
          Each <a href={routes.themes}>theme</a> is one section of the report. Each <a href={routes.speakers}>speaker</a> page
          breaks what the report says about that person into insights, one per distinct point, each filed under the report section it comes
          from and tagged with <a href={routes.topics}>topics</a>. Names, roles, organisations and figures are copied exactly as the
          report gives them.
        </p>
        <ul>
          <li>
            Where the report says at which conference a speaker spoke, the speaker’s page says so once, at the top, with the insights it
            applies to{example && (
              <>
                {' '}
                (on <a href={example.speaker.href}>{example.speaker.name}</a>’s page: <em>{example.text}</em>)
              </>
            )}
            .
            Where the report names no conference for any of a speaker’s insights, the page says, once, <em>{NOT_STATED}</em>, rather than
            guess. An insight, or a speaker in a list, shows a conference only where the report states it.
          </li>
          <li>Where the report gives no role for a person, the site shows none.</li>
        </ul>
        <h2 id="paraphrase">What “paraphrase” means here</h2>
        <p>
          The report itself summarises what was said; it rarely quotes. Every insight on this site is an attributed paraphrase of a passage
          of the report (<em>Perez noted that…</em>), not a transcript of the speaker’s words. Only text that the report itself puts in quotation
          marks is shown as a quotation.
        </p>
      </div>
    </>
  );
}
