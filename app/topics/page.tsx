import type { Metadata } from 'next';
import { CardList } from '@/components/card-list';
import { JsonLd } from '@/components/json-ld';
import { PageTitle } from '@/components/page-title';
import { getAllTopics, getInsightsByTopic } from '@/lib/content';
import { pageJsonLd, pageMetadata } from '@/lib/pages';
import { routes } from '@/lib/routes';

export const metadata: Metadata = pageMetadata(routes.topics);

export default function TopicsPage() {
  return (
    <>
      <JsonLd data={pageJsonLd(routes.topics, 'CollectionPage')} />
      <PageTitle title="Topics" lead="Every insight is tagged with the topics it touches. Pick one to see what each speaker said about it." />
      <CardList
        headingLevel="h2"
        layout="three"
        cards={getAllTopics().map((topic) => {
          const count = getInsightsByTopic(topic.id).length;
          return { key: topic.id, href: topic.href, title: topic.label, summary: topic.description, note: `${count} insight${count === 1 ? '' : 's'}` };
        })}
      />
    </>
  );
}
