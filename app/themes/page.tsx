import type { Metadata } from 'next';
import { JsonLd } from '@/components/json-ld';
import { PageTitle } from '@/components/page-title';
import { ThemeList } from '@/components/theme-list';
import { pageJsonLd, pageMetadata } from '@/lib/pages';
import { routes } from '@/lib/routes';

export const metadata: Metadata = pageMetadata(routes.themes);

export default function ThemesPage() {
  return (
    <>
      <JsonLd data={pageJsonLd(routes.themes, 'CollectionPage')} />
      <PageTitle title="Themes" lead="The report’s sections, in the order it presents them." />
      <ThemeList />
    </>
  );
}
