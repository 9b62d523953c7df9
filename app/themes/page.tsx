import type { Metadata } from 'next';
import { PageTitle } from '@/components/page-title';
import { ThemeList } from '@/components/theme-list';
import { routes } from '@/lib/routes';

export const metadata: Metadata = {
  title: 'Themes',
  description: 'The report’s sections, in order: from the shift in U.S. trade policy to the Chamber’s response.',
  alternates: { canonical: routes.themes },
};

export default function ThemesPage() {
  return (
    <>
      <PageTitle title="Themes" lead="The report’s sections, in the order it presents them." />
      <ThemeList />
    </>
  );
}
