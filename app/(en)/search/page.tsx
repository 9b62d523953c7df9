import { searchRoute } from '@/app/_routes/search';

const route = searchRoute('en');

export const metadata = route.metadata;
export default route.SearchPage;
