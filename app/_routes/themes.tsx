import { JsonLd } from '@/components/json-ld';
import { PageTitle } from '@/components/page-title';
import { ThemeList } from '@/components/theme-list';
import { dictionary } from '@/lib/i18n/dictionary';
import { localizePath, type Lang } from '@/lib/i18n/locales';
import { setPageLang } from '@/lib/i18n/page-lang';
import { pageJsonLd, pageMetadata } from '@/lib/pages';
import { routes } from '@/lib/routes';

export function themesRoute(lang: Lang) {
  const path = localizePath(routes.themes, lang);
  const metadata = pageMetadata(path);

  function ThemesPage() {
    setPageLang(lang);
    const text = dictionary(lang).pages;
    return (
      <>
        <JsonLd data={pageJsonLd(path, 'CollectionPage')} />
        <PageTitle title={text.themesTitle} lead={text.themesLead} />
        <ThemeList />
      </>
    );
  }
  return { metadata, ThemesPage };
}
