import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Fragment } from 'react';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { ConferenceSummaryLabel } from '@/components/conference-label';
import { InsightSection } from '@/components/insight-section';
import { JsonLd } from '@/components/json-ld';
import { metadataLinkClass } from '@/components/link-styles';
import { PageTitle } from '@/components/page-title';
import { PrevNext } from '@/components/prev-next';
import { SpeakerList } from '@/components/speaker-list';
import { TableOfContents } from '@/components/table-of-contents';
import { TopicList } from '@/components/topic-list';
import { getAllSpeakers, getBacklinks, getRelatedSpeakers, getSpeaker, getTheme, type Speaker } from '@/lib/content';
import { summariseConferences } from '@/lib/content/conference-summary';
import { displayName } from '@/lib/format';
import { insightLd, personLd } from '@/lib/site-outputs/json-ld';
import { pageMetadata } from '@/lib/pages';
import { routes } from '@/lib/routes';

type Props = { params: Promise<{ slug: string }> };

const neighbour = (speaker?: Speaker) => speaker && { href: speaker.href, title: displayName(speaker) };

export function generateStaticParams() {
  return getAllSpeakers().map((speaker) => ({ slug: speaker.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return pageMetadata(routes.speaker((await params).slug));
}

export default async function SpeakerPage({ params }: Props) {
  const speaker = getSpeaker((await params).slug);
  if (!speaker) notFound();
  const backlinks = getBacklinks(speaker.slug);
  const related = getRelatedSpeakers(speaker.slug);
  // `role · organization · district`: only what the report gives.
  const who = (['role', 'organization', 'district'] as const).flatMap((key) => (speaker[key] ? [{ key, text: speaker[key] }] : []));
  const themes = speaker.themes.flatMap((slug) => getTheme(slug) ?? []);
  const toc = speaker.insights.map(({ id, title }) => ({ id, title }));
  // Alphabetical, the order of /speakers/.
  const speakers = getAllSpeakers();
  const index = speakers.findIndex((other) => other.slug === speaker.slug);
  return (
    <>
      <JsonLd data={[personLd(speaker), ...speaker.insights.map((insight) => insightLd(insight, speaker))]} />
      <Breadcrumbs trail={[{ href: routes.speakers, label: 'Speakers' }]} current={{ href: speaker.href, label: speaker.name }} />
      <PageTitle title={displayName(speaker)}>
        {/* Compact, so the first insight starts on a phone's first screen. */}
        <div className="space-y-1.5 text-sm text-zinc-700 dark:text-zinc-300">
          {who.length > 0 && (
            <p>
              {who.map(({ key, text }, index) => (
                <Fragment key={key}>
                  {index > 0 && ' · '}
                  {key === 'role' ? <span data-testid="speaker-role">{text}</span> : text}
                </Fragment>
              ))}
            </p>
          )}
          <p>
            <ConferenceSummaryLabel summary={summariseConferences(speaker.insights.map((insight) => insight.conference))} />
          </p>
          <p>
            <span className="font-semibold">{speaker.themes.length === 1 ? 'Theme' : 'Themes'}:</span>{' '}
            {themes.map((theme, index) => (
              <span key={theme.slug}>
                {index > 0 && ' · '}
                <a href={theme.href} className={metadataLinkClass}>
                  {theme.title}
                </a>
              </span>
            ))}
          </p>
          <details>
            <summary className="inline-flex min-h-6 cursor-pointer items-center font-semibold pointer-coarse:min-h-11">Topics ({speaker.topics.length})</summary>
            <div className="pt-1">
              <TopicList ids={speaker.topics} />
            </div>
          </details>
        </div>
      </PageTitle>
      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_16rem]">
        <div className="max-w-3xl">
          <TableOfContents items={toc} collapsible className="mb-4 text-sm lg:hidden" />
          <h2 className="sr-only">Insights</h2>
          {speaker.insights.map((insight) => (
            <InsightSection key={insight.id} insight={insight} />
          ))}
        </div>
        <aside className="space-y-8 text-sm">
          <TableOfContents items={toc} className="hidden lg:block" />
          {backlinks.length > 0 && (
            <section aria-labelledby="mentioned-in">
              <h2 id="mentioned-in" className="mb-2 font-semibold">
                Mentioned in
              </h2>
              <ul className="space-y-1.5">
                {backlinks.map((link) => (
                  <li key={link.href}>
                    <a href={link.href} className="inline-flex min-h-6 items-center text-zinc-700 hover:underline pointer-coarse:min-h-11 dark:text-zinc-300">
                      {link.title}
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </aside>
      </div>
      {related.length > 0 && (
        <section aria-labelledby="related-speakers" className="mt-12">
          <h2 id="related-speakers" className="mb-4 font-serif text-2xl font-semibold">
            Related speakers
          </h2>
          <p className="mb-4 text-sm text-zinc-600 dark:text-zinc-400">Speakers who share topics with {speaker.name}.</p>
          <SpeakerList speakers={related} layout="wide" />
        </section>
      )}
      <PrevNext label="Other speakers" noun="speaker" previous={neighbour(speakers[index - 1])} next={neighbour(speakers[index + 1])} />
    </>
  );
}
