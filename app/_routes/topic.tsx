import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { FirstPageForward } from '@/components/first-page-forward';
import { InsightCard } from '@/components/insight-card';
import { JsonLd } from '@/components/json-ld';
import { PageTitle } from '@/components/page-title';
import { PaginatedList } from '@/components/paginated-list';
import { getAllTopics, getInsightsByTopic, getTopic } from '@/lib/content';
import { dictionary, fill, plural } from '@/lib/i18n/dictionary';
import { localizePath, type Lang } from '@/lib/i18n/locales';
import { setPageLang } from '@/lib/i18n/page-lang';
import { pageJsonLd } from '@/lib/pages';
import { PAGE_SIZES, listPage, pageHref, pageParams } from '@/lib/paging';
import { routes } from '@/lib/routes';
import { listPageMetadata } from './list-page';
import { staticParams } from './static-params';

type Props = { params: Promise<{ slug: string; page?: string }> };

/** A topic's insights, a page at a time (`/topics/<id>/page/<n>/` beyond the first). */
export function topicRoute(lang: Lang) {
  function generateStaticParams() {
    return staticParams(() => getAllTopics(lang).map((topic) => ({ slug: topic.id })));
  }

  function generatePageParams() {
    return staticParams(() => getAllTopics(lang).flatMap((topic) => pageParams(getInsightsByTopic(topic.id, lang).length, PAGE_SIZES.insights).map(({ page }) => ({ slug: topic.id, page }))));
  }

  async function generateMetadata({ params }: Props): Promise<Metadata> {
    const { slug, page } = await params;
    return listPageMetadata(routes.topic(slug), page, lang);
  }

  async function TopicPage({ params }: Props) {
    setPageLang(lang);
    const { slug, page: segment } = await params;
    const topic = getTopic(slug, lang);
    const insights = topic ? getInsightsByTopic(topic.id, lang) : [];
    const paging = topic && listPage(routes.topic(topic.id), insights, segment, lang, PAGE_SIZES.insights);
    if (!topic || !paging) notFound();
    if (paging.forward) return <FirstPageForward listPath={paging.listPath} lang={lang} title={topic.label} />;
    const text = dictionary(lang);
    const first = paging.page === 1;
    const href = pageHref(paging.listPath, paging.page, lang);
    return (
      <>
        <JsonLd data={pageJsonLd(href, 'CollectionPage')} />
        <Breadcrumbs
          trail={[{ href: localizePath(routes.topics, lang), label: text.nav.topics }, ...(first ? [] : [{ href: topic.href, label: topic.label }])]}
          current={first ? { href: topic.href, label: topic.label } : { href, label: fill(text.paging.page, { page: paging.page }) }}
        />
        <PageTitle title={topic.label} lead={topic.description} />
        <h2 className="mb-4 font-serif text-2xl font-semibold">{plural(text.counts.insights, insights.length)}</h2>
        <PaginatedList paging={paging}>
          <ul className="max-w-3xl space-y-4">
            {paging.items.map((insight) => (
              <li key={insight.href}>
                <InsightCard insight={insight} />
              </li>
            ))}
          </ul>
        </PaginatedList>
      </>
    );
  }
  return { generateStaticParams, generatePageParams, generateMetadata, TopicPage };
}
