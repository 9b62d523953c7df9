import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { InsightCard } from '@/components/insight-card';
import { JsonLd } from '@/components/json-ld';
import { PageTitle } from '@/components/page-title';
import { PrevNext } from '@/components/prev-next';
import { ProseHtml } from '@/components/prose-html';
import { SpeakerList } from '@/components/speaker-list';
import { TableOfContents } from '@/components/table-of-contents';
import { TopicList } from '@/components/topic-list';
import { getAllThemes, getInsightsByTheme, getSpeakers, getTheme } from '@/lib/content';
import { pageMetadata, themePageLd } from '@/lib/pages';
import { routes } from '@/lib/routes';

type Props = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  return getAllThemes().map((theme) => ({ slug: theme.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return pageMetadata(routes.theme((await params).slug));
}

export default async function ThemePage({ params }: Props) {
  const theme = getTheme((await params).slug);
  if (!theme) notFound();
  const speakers = getSpeakers(theme.speakers);
  const insights = getInsightsByTheme(theme.slug);
  const themes = getAllThemes();
  const index = themes.findIndex((other) => other.slug === theme.slug);
  const toc = [
    { id: 'overview', title: 'Overview' },
    ...theme.headings,
    ...(insights.length > 0 ? [{ id: 'insights', title: 'Insights in this theme' }] : []),
  ];
  return (
    <>
      <JsonLd data={themePageLd(theme)} />
      <Breadcrumbs trail={[{ href: routes.themes, label: 'Themes' }]} current={{ href: theme.href, label: theme.title }} />
      <PageTitle title={theme.title} lead={theme.summary}>
        <TopicList ids={theme.topics} />
      </PageTitle>
      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_16rem]">
        <div className="max-w-3xl space-y-12">
          {/* On a phone, "On this page" is a closed disclosure above the reading, not a list after all of it. */}
          <TableOfContents items={toc} collapsible className="text-sm lg:hidden" />
          <section aria-labelledby="overview">
            <h2 id="overview" className="mb-3 font-serif text-2xl font-semibold">
              Overview
            </h2>
            <ProseHtml html={theme.html} />
          </section>
          {insights.length > 0 && (
            <section aria-labelledby="insights">
              <h2 id="insights" className="mb-4 font-serif text-2xl font-semibold">
                Insights in this theme
              </h2>
              <ul className="space-y-4">
                {insights.map((insight) => (
                  <li key={insight.href}>
                    <InsightCard insight={insight} />
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
        <aside className="space-y-8 text-sm">
          <TableOfContents items={toc} className="hidden lg:block" />
          <section aria-labelledby="theme-speakers">
            <h2 id="theme-speakers" className="mb-2 font-semibold">
              Speakers
            </h2>
            {speakers.length > 0 ? (
              <SpeakerList speakers={speakers} layout="column" />
            ) : (
              <p className="text-zinc-600 dark:text-zinc-400">The report attributes this section to no speaker.</p>
            )}
          </section>
        </aside>
      </div>
      <PrevNext label="Other themes" noun="theme" previous={themes[index - 1]} next={themes[index + 1]} />
    </>
  );
}
