import { EventList } from '@/components/event-list';
import { JsonLd } from '@/components/json-ld';
import { PageTitle } from '@/components/page-title';
import { dictionary } from '@/lib/i18n/dictionary';
import { localizePath, type Lang } from '@/lib/i18n/locales';
import { setPageLang } from '@/lib/i18n/page-lang';
import { pageJsonLd, pageMetadata } from '@/lib/pages';
import { routes } from '@/lib/routes';

export function eventsRoute(lang: Lang) {
  const path = localizePath(routes.events, lang);
  const metadata = pageMetadata(path);

  function EventsPage() {
    setPageLang(lang);
    const text = dictionary(lang).pages;
    return (
      <>
        <JsonLd data={pageJsonLd(path, 'CollectionPage')} />
        <PageTitle title={text.eventsTitle} lead={text.eventsLead} />
        <EventList />
      </>
    );
  }
  return { metadata, EventsPage };
}
