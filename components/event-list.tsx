import { CardList } from '@/components/card-list';
import { getAllEvents } from '@/lib/content';
import { formatDate } from '@/lib/format';

/** The conferences as cards; also used on the home page. */
export function EventList({ headingLevel = 'h2' }: { headingLevel?: 'h2' | 'h3' }) {
  const cards = getAllEvents().map((event) => ({
    key: event.date,
    href: event.href,
    title: formatDate(event.date),
    summary: event.summary,
    note: `${event.location} · ${event.speakers.length} speakers placed here by the report`,
  }));
  return <CardList cards={cards} headingLevel={headingLevel} />;
}
