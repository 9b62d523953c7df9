import { aboutRoute } from '@/app/_routes/about';

const route = aboutRoute('es');

export const metadata = route.metadata;
export default route.AboutPage;
