import type { Metadata } from 'next';
import { PageTitle } from '@/components/page-title';
import { SpeakerCard } from '@/components/speaker-card';
import { getAllSpeakers } from '@/lib/content';
import { routes } from '@/lib/routes';

export const metadata: Metadata = {
  title: 'Speakers',
  description: 'Everyone whose remarks the report records, with their role and conference.',
  alternates: { canonical: routes.speakers },
};

export default function SpeakersPage() {
  const speakers = getAllSpeakers();
  return (
    <>
      <PageTitle title="Speakers" lead={`The ${speakers.length} people whose remarks the report records, with the role it gives and the conference where it says they spoke.`} />
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {speakers.map((speaker) => (
          <li key={speaker.slug}>
            <SpeakerCard speaker={speaker} />
          </li>
        ))}
      </ul>
    </>
  );
}
