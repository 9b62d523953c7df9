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
import { dictionary } from '@/lib/i18n/dictionary';
import { localizePath, type Lang } from '@/lib/i18n/locales';
import { setPageLang } from '@/lib/i18n/page-lang';
import { pageMetadata, themePageLd } from '@/lib/pages';
import { routes } from '@/lib/routes';
import { staticParams } from './static-params';

type Props = { params: Promise<{ slug: string }> };

export function themeRoute(lang: Lang) {
  function generateStaticParams() {
    return staticParams(() => getAllThemes(lang).map((theme) => ({ slug: theme.slug })));
  }

  async function generateMetadata({ params }: Props): Promise<Metadata> {
    return pageMetadata(localizePath(routes.theme((await params).slug), lang));
  }

  async function ThemePage({ params }: Props) {
    setPageLang(lang);
    const theme = getTheme((await params).slug, lang);
    if (!theme) notFound();
    const text = dictionary(lang);
    const speakers = getSpeakers(theme.speakers, lang);
    const insights = getInsightsByTheme(theme.slug, lang);
    const themes = getAllThemes(lang);
    const index = themes.findIndex((other) => other.slug === theme.slug);
    const toc = [
      { id: 'overview', title: text.theme.overview },
      ...theme.headings,
      ...(insights.length > 0 ? [{ id: 'insights', title: text.theme.insights }] : []),
    ];
    // An untranslated overview keeps its English text, marked as English.
    const textLang = theme.lang === lang ? undefined : theme.lang;
    return (
      <>
        <JsonLd data={themePageLd(theme)} />
        <Breadcrumbs trail={[{ href: localizePath(routes.themes, lang), label: text.nav.themes }]} current={{ href: theme.href, label: theme.title }} />
        <PageTitle title={theme.title} lead={theme.summary}>
          <TopicList ids={theme.topics} />
        </PageTitle>
        <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_16rem]">
          <div className="max-w-3xl space-y-12">
            {/* On a phone, "On this page" is a closed disclosure above the reading, not a list after all of it. */}
            <TableOfContents items={toc} title={text.toc.title} collapsible className="text-sm lg:hidden" />
            <section aria-labelledby="overview">
              <h2 id="overview" className="mb-3 font-serif text-2xl font-semibold">
                {text.theme.overview}
              </h2>
              {textLang && <p className="mb-3 text-sm text-zinc-600 dark:text-zinc-400">{text.language.fallbackNotice}</p>}
              <ProseHtml html={theme.html} lang={textLang} />
            </section>
            {insights.length > 0 && (
              <section aria-labelledby="insights">
                <h2 id="insights" className="mb-4 font-serif text-2xl font-semibold">
                  {text.theme.insights}
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
            <TableOfContents items={toc} title={text.toc.title} className="hidden lg:block" />
            <section aria-labelledby="theme-speakers">
              <h2 id="theme-speakers" className="mb-2 font-semibold">
                {text.theme.speakers}
              </h2>
              {speakers.length > 0 ? (
                <SpeakerList speakers={speakers} layout="column" />
              ) : (
                <p className="text-zinc-600 dark:text-zinc-400">{text.theme.noSpeaker}</p>
              )}
            </section>
          </aside>
        </div>
        <PrevNext label={text.theme.others} noun={text.theme.noun} previous={themes[index - 1]} next={themes[index + 1]} />
      </>
    );
  }
  return { generateStaticParams, generateMetadata, ThemePage };
}
