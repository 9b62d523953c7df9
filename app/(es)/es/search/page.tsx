import { searchRoute } from '@/app/_routes/search';

const route = searchRoute('es');

export const metadata = route.metadata;
export default route.SearchPage;
