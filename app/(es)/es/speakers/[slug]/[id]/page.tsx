import { insightRoute } from '@/app/_routes/insight';

const route = insightRoute('es');

export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.InsightPage;
