import { insightRoute } from '@/app/_routes/insight';

const route = insightRoute('en');

export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.InsightPage;
