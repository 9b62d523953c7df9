import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { ConferenceLabel } from '@/components/conference-label';
import { InsightSection } from '@/components/insight-section';
import { JsonLd } from '@/components/json-ld';
import { PageTitle } from '@/components/page-title';
import { SpeakerList } from '@/components/speaker-list';
import { TableOfContents } from '@/components/table-of-contents';
import { TopicList } from '@/components/topic-list';
import { getAllSpeakers, getBacklinks, getRelatedSpeakers, getSpeaker, getTheme } from '@/lib/content';
import { displayName } from '@/lib/format';
import { insightLd, personLd } from '@/lib/json-ld';
import { pageMetadata } from '@/lib/pages';
import { routes } from '@/lib/routes';

type Props = { params: Promise<{ slug: string }> };

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
  return (
    <>
      <JsonLd data={[personLd(speaker), ...speaker.insights.map((insight) => insightLd(insight, speaker))]} />
      <Breadcrumbs trail={[{ href: routes.speakers, label: 'Speakers' }]} current={{ href: speaker.href, label: speaker.name }} />
      <PageTitle title={displayName(speaker)}>
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="font-semibold">Role</dt>
          <dd data-testid="speaker-role">{speaker.role ?? <span className="text-zinc-600 dark:text-zinc-400">Not given in the report</span>}</dd>
          {speaker.organization && (
            <>
              <dt className="font-semibold">Organization</dt>
              <dd>{speaker.organization}</dd>
            </>
          )}
          {speaker.district && (
            <>
              <dt className="font-semibold">District</dt>
              <dd>{speaker.district}</dd>
            </>
          )}
          <dt className="font-semibold">Conference</dt>
          <dd>
            <ConferenceLabel dates={speaker.dates} />
          </dd>
          <dt className="font-semibold">Themes</dt>
          <dd>
            <ul className="flex flex-wrap gap-x-3 gap-y-1">
              {speaker.themes.map((slug) => {
                const theme = getTheme(slug);
                return theme ? (
                  <li key={slug}>
                    <a href={theme.href} className="inline-flex min-h-6 items-center underline decoration-zinc-400 underline-offset-2">
                      {theme.title}
                    </a>
                  </li>
                ) : null;
              })}
            </ul>
          </dd>
          <dt className="font-semibold">Topics</dt>
          <dd>
            <TopicList ids={speaker.topics} />
          </dd>
        </dl>
      </PageTitle>
      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_16rem]">
        <div className="max-w-3xl">
          <h2 className="sr-only">Insights</h2>
          {speaker.insights.map((insight) => (
            <InsightSection key={insight.id} insight={insight} />
          ))}
        </div>
        <aside className="space-y-8 text-sm">
          <TableOfContents items={speaker.insights.map(({ id, title }) => ({ id, title }))} />
          {backlinks.length > 0 && (
            <section aria-labelledby="mentioned-in">
              <h2 id="mentioned-in" className="mb-2 font-semibold">
                Mentioned in
              </h2>
              <ul className="space-y-1.5">
                {backlinks.map((link) => (
                  <li key={link.href}>
                    <a href={link.href} className="text-zinc-700 hover:underline dark:text-zinc-300">
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
    </>
  );
}
