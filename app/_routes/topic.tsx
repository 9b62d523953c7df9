import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { InsightCard } from '@/components/insight-card';
import { JsonLd } from '@/components/json-ld';
import { PageTitle } from '@/components/page-title';
import { getAllTopics, getInsightsByTopic, getTopic } from '@/lib/content';
import { dictionary, plural } from '@/lib/i18n/dictionary';
import { localizePath, type Lang } from '@/lib/i18n/locales';
import { setPageLang } from '@/lib/i18n/page-lang';
import { pageJsonLd, pageMetadata } from '@/lib/pages';
import { routes } from '@/lib/routes';
import { staticParams } from './static-params';

type Props = { params: Promise<{ slug: string }> };

export function topicRoute(lang: Lang) {
  function generateStaticParams() {
    return staticParams(() => getAllTopics(lang).map((topic) => ({ slug: topic.id })));
  }

  async function generateMetadata({ params }: Props): Promise<Metadata> {
    return pageMetadata(localizePath(routes.topic((await params).slug), lang));
  }

  async function TopicPage({ params }: Props) {
    setPageLang(lang);
    const topic = getTopic((await params).slug, lang);
    if (!topic) notFound();
    const text = dictionary(lang);
    const insights = getInsightsByTopic(topic.id, lang);
    return (
      <>
        <JsonLd data={pageJsonLd(topic.href, 'CollectionPage')} />
        <Breadcrumbs trail={[{ href: localizePath(routes.topics, lang), label: text.nav.topics }]} current={{ href: topic.href, label: topic.label }} />
        <PageTitle title={topic.label} lead={topic.description} />
        <h2 className="mb-4 font-serif text-2xl font-semibold">{plural(text.counts.insights, insights.length)}</h2>
        <ul className="max-w-3xl space-y-4">
          {insights.map((insight) => (
            <li key={insight.href}>
              <InsightCard insight={insight} />
            </li>
          ))}
        </ul>
      </>
    );
  }
  return { generateStaticParams, generateMetadata, TopicPage };
}
