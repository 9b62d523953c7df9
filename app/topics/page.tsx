import type { Metadata } from 'next';
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
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {getAllTopics().map((topic) => {
          const count = getInsightsByTopic(topic.id).length;
          return (
            <li key={topic.id} className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
              <h2 className="font-semibold">
                <a href={topic.href} className="text-brand-700 hover:underline dark:text-brand-100">
                  {topic.label}
                </a>
              </h2>
              <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">{topic.description}</p>
              <p className="mt-2 text-xs text-zinc-600 dark:text-zinc-400">
                {count} insight{count === 1 ? '' : 's'}
              </p>
            </li>
          );
        })}
      </ul>
    </>
  );
}
