import { notFoundRoute } from '@/app/_routes/not-found';
import { rootLayout } from '@/app/_routes/root-layout';

/**
 * The 404 page for an address no route matches (out/404.html). The site has
 * a root layout per language, so this page brings its own: the English one.
 * Unknown addresses under /es/ get the Spanish page (app/(es)/es/404/).
 */
const { RootLayout } = rootLayout('en');
const route = notFoundRoute('en');

export const metadata = route.metadata;

export default function GlobalNotFound() {
  return (
    <RootLayout>
      <route.NotFound />
    </RootLayout>
  );
}
