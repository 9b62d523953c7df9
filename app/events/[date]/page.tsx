import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { JsonLd } from '@/components/json-ld';
import { PageTitle } from '@/components/page-title';
import { PrevNext } from '@/components/prev-next';
import { ProseHtml } from '@/components/prose-html';
import { SpeakerList } from '@/components/speaker-list';
import { getAllEvents, getEvent, getSpeakers } from '@/lib/content';
import { formatDate } from '@/lib/format';
import { eventLd } from '@/lib/site-outputs/json-ld';
import { pageMetadata } from '@/lib/pages';
import { routes } from '@/lib/routes';

type Props = { params: Promise<{ date: string }> };

export function generateStaticParams() {
  return getAllEvents().map((event) => ({ date: event.date }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return pageMetadata(routes.event((await params).date));
}

export default async function EventPage({ params }: Props) {
  const event = getEvent((await params).date);
  if (!event) notFound();
  const speakers = getSpeakers(event.speakers);
  const events = getAllEvents();
  const index = events.findIndex((other) => other.date === event.date);
  const neighbour = (other?: (typeof events)[number]) => other && { href: other.href, title: formatDate(other.date) };
  return (
    <>
      <JsonLd data={eventLd(event, speakers)} />
      <Breadcrumbs trail={[{ href: routes.events, label: 'Conferences' }]} current={{ href: event.href, label: formatDate(event.date) }} />
      <PageTitle title={event.title} lead={event.summary}>
        <p className="text-sm text-zinc-700 dark:text-zinc-300">
          <time dateTime={event.date}>{formatDate(event.date)}</time> · {event.location}
        </p>
      </PageTitle>
      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <ProseHtml html={event.html} className="max-w-3xl" />
        <section aria-labelledby="event-speakers">
          <h2 id="event-speakers" className="mb-2 font-semibold">
            Speakers the report places here
          </h2>
          <p className="mb-3 text-sm text-zinc-600 dark:text-zinc-400">
            Only speakers the report explicitly places at this conference. For others it does not say which conference.
          </p>
          <SpeakerList speakers={speakers} layout="column" testId="event-speakers" />
        </section>
      </div>
      <PrevNext label="Other conferences" noun="conference" previous={neighbour(events[index - 1])} next={neighbour(events[index + 1])} />
    </>
  );
}
