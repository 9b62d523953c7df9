import { aboutRoute } from '@/app/_routes/about';

const route = aboutRoute('en');

export const metadata = route.metadata;
export default route.AboutPage;
