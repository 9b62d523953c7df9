import { PageLink } from '@/components/page-link';
import { getAllEvents } from '@/lib/content';
import { formatDate } from '@/lib/format';

/** The conferences as cards; also used on the home page. */
export function EventList({ headingLevel = 'h2' }: { headingLevel?: 'h2' | 'h3' }) {
  const Heading = headingLevel;
  return (
    <ul className="grid gap-4 sm:grid-cols-2">
      {getAllEvents().map((event) => (
        <li key={event.date} className="rounded-lg border border-zinc-200 p-5 dark:border-zinc-800">
          <Heading className="font-semibold">
            <PageLink href={event.href} className="text-brand-700 hover:underline dark:text-brand-100">
              {formatDate(event.date)}
            </PageLink>
          </Heading>
          <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">{event.summary}</p>
          <p className="mt-2 text-xs text-zinc-600 dark:text-zinc-400">
            {event.location} · {event.speakers.length} speakers placed here by the report
          </p>
        </li>
      ))}
    </ul>
  );
}
