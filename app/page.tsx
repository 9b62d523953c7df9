import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { cardClass, cardMetaClass, cardTitleLinkClass } from '@/components/card-styles';
import { EventList } from '@/components/event-list';
import { JsonLd } from '@/components/json-ld';
import { SpeakerList } from '@/components/speaker-list';
import { ThemeList } from '@/components/theme-list';
import { getAllEvents, getAllInsights, getAllSpeakers, getAllThemes } from '@/lib/content';
import { getFigure, qualifiedDisplay, type Figure } from '@/lib/content/figures';
import { formatDate } from '@/lib/format';
import { webSiteLd } from '@/lib/site-outputs/json-ld';
import { pageMetadata } from '@/lib/pages';
import { routes } from '@/lib/routes';

export const metadata: Metadata = pageMetadata(routes.home);
const pageMetadataDescription = String(metadata.description ?? '');

/** The report's numbers the landing page leads with: trade, the border, the debt. */
const KEY_FIGURES = ['trucks-share-of-bilateral-trade', 'trade-value-2050', 'border-encounters-2021-2024', 'national-debt'] as const;

function HomeSection({ id, title, more, children }: { id: string; title: string; more?: { href: string; label: string }; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-5">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 id={id} className="text-2xl font-semibold">
          {title}
        </h2>
        {more && (
          <a href={more.href} className="text-sm font-semibold text-brand-700 hover:underline dark:text-brand-100">
            {more.label} <span aria-hidden="true">→</span>
          </a>
        )}
      </div>
      {children}
    </section>
  );
}

function FigureCard({ figure }: { figure: Figure }) {
  return (
    <li className={cardClass}>
      <p className="font-heading text-2xl font-semibold text-brand-700 sm:text-3xl dark:text-brand-100">
        <a href={figure.href} className={cardTitleLinkClass}>
          {qualifiedDisplay(figure)}
        </a>
      </p>
      <p className="line-clamp-3 text-xs text-zinc-700 sm:text-sm dark:text-zinc-300">{figure.label}</p>
    </li>
  );
}

export default function HomePage() {
  const speakers = getAllSpeakers();
  const events = getAllEvents();
  const figures = KEY_FIGURES.map((id) => getFigure(id)).filter((figure) => figure !== undefined);
  const facts = [
    { value: getAllThemes().length, label: 'themes' },
    { value: speakers.length, label: 'speakers' },
    { value: getAllInsights().length, label: 'insights' },
    { value: events.length, label: 'conferences' },
  ];
  return (
    <div className="space-y-14 sm:space-y-16">
      <JsonLd data={webSiteLd(pageMetadataDescription)} />
      <section aria-labelledby="intro" className="max-w-3xl space-y-5">
        <p className={`${cardMetaClass} font-semibold uppercase tracking-wide`}>
          <span className="text-brand-700 dark:text-brand-100">United States–Mexico Chamber of Commerce</span>
          <span lang="es" className="block">
            Cámara de Comercio México–Estados Unidos
          </span>
        </p>
        <h1 id="intro" className="text-4xl font-semibold sm:text-5xl">
          The Future of the North American Partnership
        </h1>
        <p className="text-xl text-zinc-700 dark:text-zinc-300">Key Insights from the USMCOC Binational Conferences</p>
        <p className="text-zinc-700 dark:text-zinc-300">
          On {events.map((event) => formatDate(event.date)).join(' and ')}, in Washington, D.C., the Chamber hosted key experts, current and former
          government officials and executives of member companies. Their report is set out here by theme and by speaker: read what each said, search
          it, and link to the exact point.
        </p>
        <ul className="grid grid-cols-4 gap-2 border-y border-zinc-200 py-4 text-center dark:border-zinc-800" aria-label="The report in numbers">
          {facts.map(({ value, label }) => (
            <li key={label}>
              <span className="block font-heading text-2xl font-semibold">{value}</span>
              <span className={cardMetaClass}>{label}</span>
            </li>
          ))}
        </ul>
      </section>

      <HomeSection id="themes" title="Start with a theme" more={{ href: routes.themes, label: 'All themes' }}>
        <ThemeList headingLevel="h3" compact />
      </HomeSection>

      <HomeSection id="key-figures" title="Key figures" more={{ href: routes.figures, label: 'Every figure' }}>
        <ul className="grid grid-cols-2 gap-3 lg:grid-cols-4">
          {figures.map((figure) => (
            <FigureCard key={figure.id} figure={figure} />
          ))}
        </ul>
      </HomeSection>

      <HomeSection id="speakers" title="The speakers" more={{ href: routes.speakers, label: 'All speakers' }}>
        <SpeakerList speakers={speakers} layout="compact" />
      </HomeSection>

      <HomeSection id="conferences" title="The two conferences" more={{ href: routes.events, label: 'Conferences' }}>
        <EventList headingLevel="h3" />
      </HomeSection>
    </div>
  );
}
