import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { FirstPageForward } from '@/components/first-page-forward';
import { JsonLd } from '@/components/json-ld';
import { PageTitle } from '@/components/page-title';
import { PaginatedList } from '@/components/paginated-list';
import { PrevNext } from '@/components/prev-next';
import { ProseHtml } from '@/components/prose-html';
import { SpeakerList } from '@/components/speaker-list';
import { getAllEvents, getEvent, getSpeakers } from '@/lib/content';
import { formatDate } from '@/lib/format';
import { dictionary, fill } from '@/lib/i18n/dictionary';
import { localizePath, type Lang } from '@/lib/i18n/locales';
import { setPageLang } from '@/lib/i18n/page-lang';
import { PAGE_SIZES, listPage, pageHref, pageParams } from '@/lib/paging';
import { routes } from '@/lib/routes';
import { eventLd } from '@/lib/site-outputs/json-ld';
import { listPageMetadata } from './list-page';
import { staticParams } from './static-params';

type Props = { params: Promise<{ date: string; page?: string }> };

/** A conference: what the report says of it, then its speakers, a page at a time (`/events/<date>/page/<n>/` beyond the first). */
export function eventRoute(lang: Lang) {
  function generateStaticParams() {
    return staticParams(() => getAllEvents(lang).map((event) => ({ date: event.date })));
  }

  function generatePageParams() {
    return staticParams(() => getAllEvents(lang).flatMap((event) => pageParams(event.speakers.length, PAGE_SIZES.speakers).map(({ page }) => ({ date: event.date, page }))));
  }

  async function generateMetadata({ params }: Props): Promise<Metadata> {
    const { date, page } = await params;
    return listPageMetadata(routes.event(date), page, lang);
  }

  async function EventPage({ params }: Props) {
    setPageLang(lang);
    const { date, page: segment } = await params;
    const event = getEvent(date, lang);
    const paging = event && listPage(routes.event(event.date), event.speakers, segment, lang, PAGE_SIZES.speakers);
    if (!event || !paging) notFound();
    const day = formatDate(event.date, lang);
    if (paging.forward) return <FirstPageForward listPath={paging.listPath} lang={lang} title={day} />;
    const text = dictionary(lang);
    const speakers = getSpeakers(paging.items, lang);
    const events = getAllEvents(lang);
    const index = events.findIndex((other) => other.date === event.date);
    const neighbour = (other?: (typeof events)[number]) => other && { href: other.href, title: formatDate(other.date, lang) };
    const first = paging.page === 1;
    return (
      <>
        <JsonLd data={eventLd(event, speakers)} />
        <Breadcrumbs
          trail={[{ href: localizePath(routes.events, lang), label: text.nav.conferences }, ...(first ? [] : [{ href: event.href, label: day }])]}
          current={first ? { href: event.href, label: day } : { href: pageHref(paging.listPath, paging.page, lang), label: fill(text.paging.page, { page: paging.page }) }}
        />
        <PageTitle title={event.title} lead={first ? event.summary : fill(text.paging.status, { page: paging.page, pages: paging.pages })}>
          <p className="text-sm text-zinc-700 dark:text-zinc-300">
            <time dateTime={event.date}>{day}</time> · {event.location}
          </p>
        </PageTitle>
        <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_18rem]">
          {/* What the report says of the conference is the first page's; the others are its speakers, in the same column. */}
          {first && <ProseHtml html={event.html} lang={event.lang === lang ? undefined : event.lang} className="max-w-3xl" />}
          <section aria-labelledby="event-speakers" className={first ? undefined : 'lg:col-start-2'}>
            <h2 id="event-speakers" className="mb-2 font-semibold">
              {text.event.speakers}
            </h2>
            <p className="mb-3 text-sm text-zinc-600 dark:text-zinc-400">{text.event.speakersLead}</p>
            <PaginatedList paging={paging}>
              <SpeakerList speakers={speakers} layout="column" testId="event-speakers" />
            </PaginatedList>
          </section>
        </div>
        <PrevNext label={text.event.others} noun={text.event.noun} previous={neighbour(events[index - 1])} next={neighbour(events[index + 1])} />
      </>
    );
  }
  return { generateStaticParams, generatePageParams, generateMetadata, EventPage };
}
