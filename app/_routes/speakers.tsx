import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { FirstPageForward } from '@/components/first-page-forward';
import { JsonLd } from '@/components/json-ld';
import { PageTitle } from '@/components/page-title';
import { PaginatedList } from '@/components/paginated-list';
import { SpeakerList } from '@/components/speaker-list';
import { getAllSpeakers } from '@/lib/content';
import { dictionary, fill } from '@/lib/i18n/dictionary';
import { type Lang } from '@/lib/i18n/locales';
import { setPageLang } from '@/lib/i18n/page-lang';
import { pageJsonLd } from '@/lib/pages';
import { PAGE_SIZES, listPage, pageHref, pageParams } from '@/lib/paging';
import { routes } from '@/lib/routes';
import { listPageMetadata } from './list-page';
import { staticParams } from './static-params';

type Props = { params: Promise<{ page?: string }> };

/** Every speaker by name, a page at a time (`/speakers/page/<n>/` beyond the first). */
export function speakersRoute(lang: Lang) {
  const metadata = listPageMetadata(routes.speakers, undefined, lang);

  function generatePageParams() {
    return staticParams(() => pageParams(getAllSpeakers(lang).length, PAGE_SIZES.speakers));
  }

  async function generateMetadata({ params }: Props): Promise<Metadata> {
    return listPageMetadata(routes.speakers, (await params).page, lang);
  }

  async function SpeakersPage({ params }: Partial<Props>) {
    setPageLang(lang);
    const text = dictionary(lang).pages;
    const speakers = getAllSpeakers(lang);
    const paging = listPage(routes.speakers, speakers, (await params)?.page, lang, PAGE_SIZES.speakers);
    if (!paging) notFound();
    if (paging.forward) return <FirstPageForward listPath={paging.listPath} lang={lang} title={text.speakersTitle} />;
    return (
      <>
        <JsonLd data={pageJsonLd(pageHref(paging.listPath, paging.page, lang), 'CollectionPage')} />
        <PageTitle title={text.speakersTitle} lead={fill(text.speakersDescription, { count: speakers.length })} />
        <PaginatedList paging={paging}>
          <SpeakerList speakers={paging.items} headingLevel="h2" />
        </PaginatedList>
      </>
    );
  }
  return { metadata, generatePageParams, generateMetadata, SpeakersPage };
}
