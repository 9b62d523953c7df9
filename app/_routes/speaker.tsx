import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Fragment } from 'react';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { CiteControl } from '@/components/cite-control';
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
import { citedPage } from '@/lib/cite/cited-page';
import { summariseConferences } from '@/lib/content/conference-summary';
import { displayName } from '@/lib/format';
import { dictionary, fill } from '@/lib/i18n/dictionary';
import { localizePath, type Lang } from '@/lib/i18n/locales';
import { setPageLang } from '@/lib/i18n/page-lang';
import { pageMetadata } from '@/lib/pages';
import { routes } from '@/lib/routes';
import { staticParams } from './static-params';
import { insightLd, personLd } from '@/lib/site-outputs/json-ld';

type Props = { params: Promise<{ slug: string }> };

const neighbour = (speaker?: Speaker) => speaker && { href: speaker.href, title: displayName(speaker) };

export function speakerRoute(lang: Lang) {
  function generateStaticParams() {
    return staticParams(() => getAllSpeakers(lang).map((speaker) => ({ slug: speaker.slug })));
  }

  async function generateMetadata({ params }: Props): Promise<Metadata> {
    return pageMetadata(localizePath(routes.speaker((await params).slug), lang));
  }

  async function SpeakerPage({ params }: Props) {
    setPageLang(lang);
    const speaker = getSpeaker((await params).slug, lang);
    if (!speaker) notFound();
    const text = dictionary(lang);
    const backlinks = getBacklinks(speaker.slug, lang);
    const related = getRelatedSpeakers(speaker.slug, lang);
    // `role · organization · district`: only what the report gives.
    const who = (['role', 'organization', 'district'] as const).flatMap((key) => (speaker[key] ? [{ key, text: speaker[key] }] : []));
    const themes = speaker.themes.flatMap((slug) => getTheme(slug, lang) ?? []);
    const toc = speaker.insights.map(({ id, title }) => ({ id, title }));
    // Alphabetical, the order of /speakers/.
    const speakers = getAllSpeakers(lang);
    const index = speakers.findIndex((other) => other.slug === speaker.slug);
    return (
      <>
        <JsonLd data={[personLd(speaker), ...speaker.insights.map((insight) => insightLd(insight, speaker))]} />
        <Breadcrumbs trail={[{ href: localizePath(routes.speakers, lang), label: text.nav.speakers }]} current={{ href: speaker.href, label: speaker.name }} />
        <PageTitle title={displayName(speaker)}>
          {/* Compact, so the first insight starts on a phone's first screen. */}
          <div className="space-y-1.5 text-sm text-zinc-700 dark:text-zinc-300">
            {who.length > 0 && (
              // An untranslated speaker file keeps its English role and organization, marked as English.
              <p lang={speaker.lang === lang ? undefined : speaker.lang}>
                {who.map(({ key, text: value }, position) => (
                  <Fragment key={key}>
                    {position > 0 && ' · '}
                    {key === 'role' ? <span data-testid="speaker-role">{value}</span> : value}
                  </Fragment>
                ))}
              </p>
            )}
            <p>
              <ConferenceSummaryLabel summary={summariseConferences(speaker.insights.map((insight) => insight.conference), lang)} />
            </p>
            <p>
              <span className="font-semibold">{speaker.themes.length === 1 ? text.speaker.theme.one : text.speaker.theme.other}:</span>{' '}
              {themes.map((theme, position) => (
                <span key={theme.slug}>
                  {position > 0 && ' · '}
                  <a href={theme.href} className={metadataLinkClass}>
                    {theme.title}
                  </a>
                </span>
              ))}
            </p>
            <details>
              <summary className="inline-flex min-h-6 cursor-pointer items-center font-semibold pointer-coarse:min-h-11">
                {fill(text.speaker.topics, { count: speaker.topics.length })}
              </summary>
              <div className="pt-1">
                <TopicList ids={speaker.topics} />
              </div>
            </details>
          </div>
        </PageTitle>
        <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_16rem]">
          <div className="max-w-3xl">
            <TableOfContents items={toc} title={text.toc.title} collapsible className="mb-4 text-sm lg:hidden" />
            <h2 className="sr-only">{text.speaker.insights}</h2>
            {speaker.insights.map((insight) => (
              <InsightSection key={insight.id} insight={insight} />
            ))}
          </div>
          <aside className="space-y-8 text-sm">
            <TableOfContents items={toc} title={text.toc.title} className="hidden lg:block" />
            <CiteControl page={citedPage(speaker, lang)} />
            {backlinks.length > 0 && (
              <section aria-labelledby="mentioned-in">
                <h2 id="mentioned-in" className="mb-2 font-semibold">
                  {text.speaker.mentionedIn}
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
              {text.speaker.related}
            </h2>
            <p className="mb-4 text-sm text-zinc-600 dark:text-zinc-400">{fill(text.speaker.relatedLead, { name: speaker.name })}</p>
            <SpeakerList speakers={related} layout="wide" />
          </section>
        )}
        <PrevNext label={text.speaker.others} noun={text.speaker.noun} previous={neighbour(speakers[index - 1])} next={neighbour(speakers[index + 1])} />
      </>
    );
  }
  return { generateStaticParams, generateMetadata, SpeakerPage };
}
