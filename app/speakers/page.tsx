import type { Metadata } from 'next';
import { JsonLd } from '@/components/json-ld';
import { PageTitle } from '@/components/page-title';
import { SpeakerList } from '@/components/speaker-list';
import { getAllSpeakers } from '@/lib/content';
import { pageJsonLd, pageMetadata } from '@/lib/pages';
import { routes } from '@/lib/routes';

export const metadata: Metadata = pageMetadata(routes.speakers);

export default function SpeakersPage() {
  const speakers = getAllSpeakers();
  return (
    <>
      <JsonLd data={pageJsonLd(routes.speakers, 'CollectionPage')} />
      <PageTitle title="Speakers" lead={`The ${speakers.length} people whose remarks the report records, with the role it gives and the conference where it says they spoke.`} />
      <SpeakerList speakers={speakers} headingLevel="h2" />
    </>
  );
}
