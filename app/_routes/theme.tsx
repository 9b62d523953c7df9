import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { FirstPageForward } from '@/components/first-page-forward';
import { InsightCard } from '@/components/insight-card';
import { JsonLd } from '@/components/json-ld';
import { PageTitle } from '@/components/page-title';
import { PaginatedList } from '@/components/paginated-list';
import { PrevNext } from '@/components/prev-next';
import { ProseHtml } from '@/components/prose-html';
import { SpeakerList } from '@/components/speaker-list';
import { TableOfContents } from '@/components/table-of-contents';
import { TopicList } from '@/components/topic-list';
import { getAllThemes, getInsightsByTheme, getSpeakers, getTheme } from '@/lib/content';
import { dictionary, fill } from '@/lib/i18n/dictionary';
import { localizePath, type Lang } from '@/lib/i18n/locales';
import { setPageLang } from '@/lib/i18n/page-lang';
import { pageJsonLd, themePageLd } from '@/lib/pages';
import { PAGE_SIZES, listPage, pageHref, pageParams } from '@/lib/paging';
import { routes } from '@/lib/routes';
import { listPageMetadata } from './list-page';
import { staticParams } from './static-params';

type Props = { params: Promise<{ slug: string; page?: string }> };

/** A theme's page: its overview, then its insights, a page at a time (`/themes/<slug>/page/<n>/` beyond the first). */
export function themeRoute(lang: Lang) {
  function generateStaticParams() {
    return staticParams(() => getAllThemes(lang).map((theme) => ({ slug: theme.slug })));
  }

  function generatePageParams() {
    return staticParams(() => getAllThemes(lang).flatMap((theme) => pageParams(getInsightsByTheme(theme.slug, lang).length, PAGE_SIZES.insights).map(({ page }) => ({ slug: theme.slug, page }))));
  }

  async function generateMetadata({ params }: Props): Promise<Metadata> {
    const { slug, page } = await params;
    return listPageMetadata(routes.theme(slug), page, lang);
  }

  async function ThemePage({ params }: Props) {
    setPageLang(lang);
    const { slug, page: segment } = await params;
    const theme = getTheme(slug, lang);
    const paging = theme && listPage(routes.theme(theme.slug), getInsightsByTheme(theme.slug, lang), segment, lang, PAGE_SIZES.insights);
    if (!theme || !paging) notFound();
    if (paging.forward) return <FirstPageForward listPath={paging.listPath} lang={lang} title={theme.title} />;
    const text = dictionary(lang);
    const insights = paging.items;
    // Beside the insights, their speakers: a page's own, so it stays small however many the theme has.
    const onPage = new Set(insights.map((insight) => insight.speaker));
    const speakers = getSpeakers(theme.speakers.filter((speaker) => onPage.has(speaker)), lang);
    const themes = getAllThemes(lang);
    const index = themes.findIndex((other) => other.slug === theme.slug);
    const first = paging.page === 1;
    const href = pageHref(paging.listPath, paging.page, lang);
    // The overview is the first page's; the others are its insights.
    const toc = [
      ...(first ? [{ id: 'overview', title: text.theme.overview }, ...theme.headings] : []),
      ...(insights.length > 0 ? [{ id: 'insights', title: text.theme.insights }] : []),
    ];
    // An untranslated overview keeps its English text, marked as English.
    const textLang = theme.lang === lang ? undefined : theme.lang;
    return (
      <>
        <JsonLd data={first ? themePageLd(theme) : pageJsonLd(href, 'CollectionPage')} />
        <Breadcrumbs
          trail={[{ href: localizePath(routes.themes, lang), label: text.nav.themes }, ...(first ? [] : [{ href: theme.href, label: theme.title }])]}
          current={first ? { href: theme.href, label: theme.title } : { href, label: fill(text.paging.page, { page: paging.page }) }}
        />
        <PageTitle title={theme.title} lead={first ? theme.summary : fill(text.paging.status, { page: paging.page, pages: paging.pages })}>
          <TopicList ids={theme.topics} />
        </PageTitle>
        <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_16rem]">
          <div className="max-w-3xl space-y-12">
            {/* On a phone, "On this page" is a closed disclosure above the reading, not a list after all of it. */}
            <TableOfContents items={toc} title={text.toc.title} collapsible className="text-sm lg:hidden" />
            {first && (
              <section aria-labelledby="overview">
                <h2 id="overview" className="mb-3 font-serif text-2xl font-semibold">
                  {text.theme.overview}
                </h2>
                {textLang && <p className="mb-3 text-sm text-zinc-600 dark:text-zinc-400">{text.language.fallbackNotice}</p>}
                <ProseHtml html={theme.html} lang={textLang} />
              </section>
            )}
            {insights.length > 0 && (
              <section aria-labelledby="insights">
                <h2 id="insights" className="mb-4 font-serif text-2xl font-semibold">
                  {text.theme.insights}
                </h2>
                <PaginatedList paging={paging}>
                  <ul className="space-y-4">
                    {insights.map((insight) => (
                      <li key={insight.href}>
                        <InsightCard insight={insight} />
                      </li>
                    ))}
                  </ul>
                </PaginatedList>
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
  return { generateStaticParams, generatePageParams, generateMetadata, ThemePage };
}
