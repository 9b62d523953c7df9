import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { EventList } from '@/components/event-list';
import { JsonLd } from '@/components/json-ld';
import { SpeakerList } from '@/components/speaker-list';
import { ThemeList } from '@/components/theme-list';
import { getAllInsights, getAllSpeakers } from '@/lib/content';
import { webSiteLd } from '@/lib/json-ld';
import { pageMetadata } from '@/lib/pages';
import { routes } from '@/lib/routes';

export const metadata: Metadata = pageMetadata(routes.home);
const pageMetadataDescription = String(metadata.description ?? '');

function HomeSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="mb-4 font-serif text-2xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export default function HomePage() {
  const speakers = getAllSpeakers();
  return (
    <div className="space-y-14">
      <JsonLd data={webSiteLd(pageMetadataDescription)} />
      <section aria-labelledby="intro" className="max-w-3xl space-y-4">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700 dark:text-brand-100">
          United States–Mexico Chamber of Commerce · Cámara de Comercio México–Estados Unidos
        </p>
        <h1 id="intro" className="font-serif text-4xl font-bold tracking-tight sm:text-5xl">
          The Future of the North American Partnership
        </h1>
        <p className="text-lg text-zinc-700 dark:text-zinc-300">
          Key insights from the USMCOC binational conferences of December 5, 2024 and April 30, 2025 in Washington, D.C.,
          where the Chamber hosted experts, current and former government officials and executives of member companies.
          Browse the report’s themes, read what each of its {speakers.length} speakers said, and link to the exact point.
        </p>
        <form action={routes.search} method="get" role="search" aria-label="Search the report" className="flex max-w-xl gap-2">
          <label htmlFor="home-search" className="sr-only">
            Search what the speakers said
          </label>
          <input
            id="home-search"
            name="q"
            type="search"
            placeholder={`Search ${getAllInsights().length} insights: tariffs, Cuéllar, fentanyl…`}
            className="min-w-0 flex-1 rounded-md border border-zinc-300 bg-white px-4 py-2 text-zinc-900 placeholder:text-zinc-500 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100 dark:placeholder:text-zinc-400"
          />
          <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
            Search
          </button>
        </form>
      </section>

      <HomeSection id="conferences" title="The two conferences">
        <EventList headingLevel="h3" />
      </HomeSection>
      <HomeSection id="themes" title="Themes">
        <ThemeList headingLevel="h3" />
      </HomeSection>
      <HomeSection id="speakers" title="Speakers">
        <SpeakerList speakers={speakers} />
      </HomeSection>
    </div>
  );
}
