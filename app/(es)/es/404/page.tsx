import { notFoundRoute } from '@/app/_routes/not-found';

// The Spanish 404 page for a static host: scripts/build.ts moves it to out/es/404.html, served for misses under /es/.
const route = notFoundRoute('es');

export const metadata = { ...route.metadata, robots: { index: false, follow: false } };
export default route.NotFound;
