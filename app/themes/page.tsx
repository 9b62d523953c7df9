import type { Metadata } from 'next';
import { PageTitle } from '@/components/page-title';
import { ThemeList } from '@/components/theme-list';
import { pageJsonLd, pageMetadata } from '@/lib/pages';
import { routes } from '@/lib/routes';
import { JsonLd } from '@/components/json-ld';

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
