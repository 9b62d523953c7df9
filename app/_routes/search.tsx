import { Suspense } from 'react';
import { JsonLd } from '@/components/json-ld';
import { PageTitle } from '@/components/page-title';
import { SearchResults } from '@/components/search/search-results';
import { getAllSpeakers, getAllTopics } from '@/lib/content';
import { displayName } from '@/lib/format';
import { dictionary } from '@/lib/i18n/dictionary';
import { localizePath, type Lang } from '@/lib/i18n/locales';
import { setPageLang } from '@/lib/i18n/page-lang';
import { pageJsonLd, pageMetadata } from '@/lib/pages';
import { routes } from '@/lib/routes';

export function searchRoute(lang: Lang) {
  const path = localizePath(routes.search, lang);
  const metadata = pageMetadata(path);

  function SearchPage() {
    setPageLang(lang);
    const text = dictionary(lang);
    const labels = {
      speaker: Object.fromEntries(getAllSpeakers(lang).map((speaker) => [speaker.slug, displayName(speaker)])),
      topic: Object.fromEntries(getAllTopics(lang).map((topic) => [topic.id, topic.label])),
    };
    return (
      <>
        <JsonLd data={pageJsonLd(path, 'SearchResultsPage')} />
        <PageTitle title={text.pages.searchTitle} />
        <Suspense fallback={<p className="min-h-screen">{text.search.loading}</p>}>
          <SearchResults labels={labels} lang={lang} text={text.search} />
        </Suspense>
        <noscript>
          <p>{text.search.noScript}</p>
        </noscript>
      </>
    );
  }
  return { metadata, SearchPage };
}
