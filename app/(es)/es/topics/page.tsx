import { topicsRoute } from '@/app/_routes/topics';

const route = topicsRoute('es');

export const metadata = route.metadata;
export default route.TopicsPage;
