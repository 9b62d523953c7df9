import { notFoundRoute } from '@/app/_routes/not-found';

const route = notFoundRoute('es');

export const metadata = route.metadata;
export default route.NotFound;
