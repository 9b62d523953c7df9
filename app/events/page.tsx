import type { Metadata } from 'next';
import Link from 'next/link';
import { PageTitle } from '@/components/page-title';
import { getAllEvents } from '@/lib/content';
import { formatDate } from '@/lib/format';
import { pageJsonLd, pageMetadata } from '@/lib/pages';
import { routes } from '@/lib/routes';
import { JsonLd } from '@/components/json-ld';

export const metadata: Metadata = pageMetadata(routes.events);

export default function EventsPage() {
  return (
    <>
      <JsonLd data={pageJsonLd(routes.events, 'CollectionPage')} />
      <PageTitle title="Conferences" lead="The two binational conferences the report draws on, both in Washington, D.C." />
      <ul className="grid gap-4 sm:grid-cols-2">
        {getAllEvents().map((event) => (
          <li key={event.date} className="rounded-lg border border-zinc-200 p-5 dark:border-zinc-800">
            <h2 className="font-semibold">
              <Link href={event.href} className="text-brand-700 hover:underline dark:text-brand-100">
                {formatDate(event.date)}
              </Link>
            </h2>
            <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">{event.summary}</p>
            <p className="mt-2 text-xs text-zinc-600 dark:text-zinc-400">
              {event.location} · {event.speakers.length} speakers placed here by the report
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
