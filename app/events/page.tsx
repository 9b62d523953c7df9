import type { Metadata } from 'next';
import { EventList } from '@/components/event-list';
import { JsonLd } from '@/components/json-ld';
import { PageTitle } from '@/components/page-title';
import { pageJsonLd, pageMetadata } from '@/lib/pages';
import { routes } from '@/lib/routes';

export const metadata: Metadata = pageMetadata(routes.events);

export default function EventsPage() {
  return (
    <>
      <JsonLd data={pageJsonLd(routes.events, 'CollectionPage')} />
      <PageTitle title="Conferences" lead="The two binational conferences the report draws on, both in Washington, D.C." />
      <EventList />
    </>
  );
}
