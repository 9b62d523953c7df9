import type { ReactNode } from 'react';
import { cardMetaClass } from '@/components/card-styles';
import { EventList } from '@/components/event-list';
import { FigureCard } from '@/components/figure-card';
import { JsonLd } from '@/components/json-ld';
import { SpeakerList } from '@/components/speaker-list';
import { ThemeList } from '@/components/theme-list';
import { getAllEvents, getAllInsights, getAllSpeakers, getAllThemes } from '@/lib/content';
import { getFigure } from '@/lib/content/figures';
import { formatDate } from '@/lib/format';
import { dictionary, fill } from '@/lib/i18n/dictionary';
import { localizePath, type Lang } from '@/lib/i18n/locales';
import { setPageLang } from '@/lib/i18n/page-lang';
import { pageMetadata } from '@/lib/pages';
import { HOME_SPEAKERS } from '@/lib/paging';
import { routes } from '@/lib/routes';
import { webSiteLd } from '@/lib/site-outputs/json-ld';

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

/** The landing page: what the report is and who published it, then the themes, key figures, speakers and conferences. */
export function homeRoute(lang: Lang) {
  const metadata = pageMetadata(localizePath(routes.home, lang));
  const path = (route: string) => localizePath(route, lang);

  function HomePage() {
    setPageLang(lang);
    const text = dictionary(lang).home;
    const speakers = getAllSpeakers(lang);
    const events = getAllEvents(lang);
    const figures = KEY_FIGURES.map((id) => getFigure(id, lang)).filter((figure) => figure !== undefined);
    const facts = [
      { value: getAllThemes(lang).length, label: text.factThemes },
      { value: speakers.length, label: text.factSpeakers },
      { value: getAllInsights(lang).length, label: text.factInsights },
      { value: events.length, label: text.factConferences },
    ];
    return (
      <div className="space-y-14 sm:space-y-16">
        <JsonLd data={webSiteLd(String(metadata.description ?? ''), lang)} />
        <section aria-labelledby="intro" className="max-w-3xl space-y-5">
          <p className={`${cardMetaClass} font-semibold uppercase tracking-wide`}>
            <span className="text-brand-700 dark:text-brand-100">{text.publisher}</span>
            <span lang={text.publisherOtherLang} className="block">
              {text.publisherOther}
            </span>
          </p>
          <h1 id="intro" className="text-4xl font-semibold sm:text-5xl">
            {text.title}
          </h1>
          <p className="text-xl text-zinc-700 dark:text-zinc-300">{text.subtitle}</p>
          <p className="text-zinc-700 dark:text-zinc-300">{fill(text.intro, { dates: events.map((event) => formatDate(event.date, lang)).join(text.and) })}</p>
          <ul className="grid grid-cols-4 gap-2 border-y border-zinc-200 py-4 text-center dark:border-zinc-800" aria-label={text.inNumbers}>
            {facts.map(({ value, label }) => (
              <li key={label}>
                <span className="block font-heading text-2xl font-semibold">{value}</span>
                <span className={cardMetaClass}>{label}</span>
              </li>
            ))}
          </ul>
        </section>

        <HomeSection id="themes" title={text.startWithTheme} more={{ href: path(routes.themes), label: text.allThemes }}>
          <ThemeList headingLevel="h3" compact />
        </HomeSection>

        <HomeSection id="key-figures" title={text.keyFigures} more={{ href: path(routes.figures), label: text.everyFigure }}>
          <ul className="grid grid-cols-2 gap-3 lg:grid-cols-4">
            {figures.map((figure) => (
              <FigureCard key={figure.id} figure={figure} />
            ))}
          </ul>
        </HomeSection>

        <HomeSection id="speakers" title={text.theSpeakers} more={{ href: path(routes.speakers), label: text.allSpeakers }}>
          <SpeakerList speakers={speakers.slice(0, HOME_SPEAKERS)} layout="compact" />
        </HomeSection>

        <HomeSection id="conferences" title={text.theConferences} more={{ href: path(routes.events), label: text.conferences }}>
          <EventList headingLevel="h3" />
        </HomeSection>
      </div>
    );
  }
  return { metadata, HomePage };
}
