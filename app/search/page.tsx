import type { Metadata } from 'next';
import { Suspense } from 'react';
import { JsonLd } from '@/components/json-ld';
import { PageTitle } from '@/components/page-title';
import { SearchResults } from '@/components/search/search-results';
import { getAllSpeakers, getAllTopics } from '@/lib/content';
import { displayName } from '@/lib/format';
import { pageJsonLd, pageMetadata } from '@/lib/pages';
import { routes } from '@/lib/routes';

export const metadata: Metadata = pageMetadata(routes.search);

export default function SearchPage() {
  const labels = {
    speaker: Object.fromEntries(getAllSpeakers().map((speaker) => [speaker.slug, displayName(speaker)])),
    topic: Object.fromEntries(getAllTopics().map((topic) => [topic.id, topic.label])),
  };
  return (
    <>
      <JsonLd data={pageJsonLd(routes.search, 'SearchResultsPage')} />
      <PageTitle title="Search" />
      <Suspense fallback={<p className="min-h-screen">Loading search…</p>}>
        <SearchResults labels={labels} />
      </Suspense>
      <noscript>
        <p>Search needs JavaScript. You can browse by theme, speaker or topic from the menu instead.</p>
      </noscript>
    </>
  );
}
