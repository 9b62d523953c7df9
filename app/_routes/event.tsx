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
import { dictionary } from '@/lib/i18n/dictionary';
import { localizePath, type Lang } from '@/lib/i18n/locales';
import { setPageLang } from '@/lib/i18n/page-lang';
import { pageMetadata } from '@/lib/pages';
import { routes } from '@/lib/routes';
import { staticParams } from './static-params';
import { eventLd } from '@/lib/site-outputs/json-ld';

type Props = { params: Promise<{ date: string }> };

export function eventRoute(lang: Lang) {
  function generateStaticParams() {
    return staticParams(() => getAllEvents(lang).map((event) => ({ date: event.date })));
  }

  async function generateMetadata({ params }: Props): Promise<Metadata> {
    return pageMetadata(localizePath(routes.event((await params).date), lang));
  }

  async function EventPage({ params }: Props) {
    setPageLang(lang);
    const event = getEvent((await params).date, lang);
    if (!event) notFound();
    const text = dictionary(lang);
    const speakers = getSpeakers(event.speakers, lang);
    const events = getAllEvents(lang);
    const index = events.findIndex((other) => other.date === event.date);
    const neighbour = (other?: (typeof events)[number]) => other && { href: other.href, title: formatDate(other.date, lang) };
    return (
      <>
        <JsonLd data={eventLd(event, speakers)} />
        <Breadcrumbs trail={[{ href: localizePath(routes.events, lang), label: text.nav.conferences }]} current={{ href: event.href, label: formatDate(event.date, lang) }} />
        <PageTitle title={event.title} lead={event.summary}>
          <p className="text-sm text-zinc-700 dark:text-zinc-300">
            <time dateTime={event.date}>{formatDate(event.date, lang)}</time> · {event.location}
          </p>
        </PageTitle>
        <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_18rem]">
          <ProseHtml html={event.html} lang={event.lang === lang ? undefined : event.lang} className="max-w-3xl" />
          <section aria-labelledby="event-speakers">
            <h2 id="event-speakers" className="mb-2 font-semibold">
              {text.event.speakers}
            </h2>
            <p className="mb-3 text-sm text-zinc-600 dark:text-zinc-400">{text.event.speakersLead}</p>
            <SpeakerList speakers={speakers} layout="column" testId="event-speakers" />
          </section>
        </div>
        <PrevNext label={text.event.others} noun={text.event.noun} previous={neighbour(events[index - 1])} next={neighbour(events[index + 1])} />
      </>
    );
  }
  return { generateStaticParams, generateMetadata, EventPage };
}
