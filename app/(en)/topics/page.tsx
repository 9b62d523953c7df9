import { topicsRoute } from '@/app/_routes/topics';

const route = topicsRoute('en');

export const metadata = route.metadata;
export default route.TopicsPage;
