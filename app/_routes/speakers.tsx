import { JsonLd } from '@/components/json-ld';
import { PageTitle } from '@/components/page-title';
import { SpeakerList } from '@/components/speaker-list';
import { getAllSpeakers } from '@/lib/content';
import { dictionary, fill } from '@/lib/i18n/dictionary';
import { localizePath, type Lang } from '@/lib/i18n/locales';
import { setPageLang } from '@/lib/i18n/page-lang';
import { pageJsonLd, pageMetadata } from '@/lib/pages';
import { routes } from '@/lib/routes';

export function speakersRoute(lang: Lang) {
  const path = localizePath(routes.speakers, lang);
  const metadata = pageMetadata(path);

  function SpeakersPage() {
    setPageLang(lang);
    const text = dictionary(lang).pages;
    const speakers = getAllSpeakers(lang);
    return (
      <>
        <JsonLd data={pageJsonLd(path, 'CollectionPage')} />
        <PageTitle title={text.speakersTitle} lead={fill(text.speakersDescription, { count: speakers.length })} />
        <SpeakerList speakers={speakers} headingLevel="h2" />
      </>
    );
  }
  return { metadata, SpeakersPage };
}
