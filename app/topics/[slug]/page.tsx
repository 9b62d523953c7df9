import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { InsightCard } from '@/components/insight-card';
import { JsonLd } from '@/components/json-ld';
import { PageTitle } from '@/components/page-title';
import { getAllTopics, getInsightsByTopic, getTopic } from '@/lib/content';
import { pageJsonLd, pageMetadata } from '@/lib/pages';
import { routes } from '@/lib/routes';

type Props = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  return getAllTopics().map((topic) => ({ slug: topic.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return pageMetadata(routes.topic((await params).slug));
}

export default async function TopicPage({ params }: Props) {
  const topic = getTopic((await params).slug);
  if (!topic) notFound();
  const insights = getInsightsByTopic(topic.id);
  return (
    <>
      <JsonLd data={pageJsonLd(topic.href, 'CollectionPage')} />
      <Breadcrumbs trail={[{ href: routes.topics, label: 'Topics' }]} current={{ href: topic.href, label: topic.label }} />
      <PageTitle title={topic.label} lead={topic.description} />
      <h2 className="mb-4 font-serif text-2xl font-semibold">
        {insights.length} insight{insights.length === 1 ? '' : 's'}
      </h2>
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
