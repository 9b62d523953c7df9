import { notFoundRoute } from '@/app/_routes/not-found';
import { rootLayout } from '@/app/_routes/root-layout';

/**
 * The 404 page for an address no route matches (out/404.html). The site has
 * a root layout per language, so this page brings its own: the English one.
 * Unknown addresses under /es/ get the Spanish page (app/(es)/es/404/).
 */
const layout = rootLayout('en');
const route = notFoundRoute('en');
const { RootLayout } = layout;

// The layout's metadata too (a page outside every layout would lose it: noindex on a preview build, the icons).
export const metadata = { ...layout.metadata, ...route.metadata };

export default function GlobalNotFound() {
  return (
    <RootLayout>
      <route.NotFound />
    </RootLayout>
  );
}
