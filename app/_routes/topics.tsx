import { CardList } from '@/components/card-list';
import { JsonLd } from '@/components/json-ld';
import { PageTitle } from '@/components/page-title';
import { getAllTopics, getInsightsByTopic } from '@/lib/content';
import { dictionary, plural } from '@/lib/i18n/dictionary';
import { localizePath, type Lang } from '@/lib/i18n/locales';
import { setPageLang } from '@/lib/i18n/page-lang';
import { pageJsonLd, pageMetadata } from '@/lib/pages';
import { routes } from '@/lib/routes';

export function topicsRoute(lang: Lang) {
  const path = localizePath(routes.topics, lang);
  const metadata = pageMetadata(path);

  function TopicsPage() {
    setPageLang(lang);
    const text = dictionary(lang);
    return (
      <>
        <JsonLd data={pageJsonLd(path, 'CollectionPage')} />
        <PageTitle title={text.pages.topicsTitle} lead={text.pages.topicsLead} />
        <CardList
          headingLevel="h2"
          layout="three"
          cards={getAllTopics(lang).map((topic) => ({
            key: topic.id,
            href: topic.href,
            title: topic.label,
            summary: topic.description,
            note: plural(text.counts.insights, getInsightsByTopic(topic.id, lang).length),
          }))}
        />
      </>
    );
  }
  return { metadata, TopicsPage };
}
