import { topicRoute } from '@/app/_routes/topic';

const route = topicRoute('es');

export const generateStaticParams = route.generatePageParams;
export const generateMetadata = route.generateMetadata;
export default route.TopicPage;
