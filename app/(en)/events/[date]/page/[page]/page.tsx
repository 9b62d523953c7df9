import { eventRoute } from '@/app/_routes/event';

const route = eventRoute('en');

export const generateStaticParams = route.generatePageParams;
export const generateMetadata = route.generateMetadata;
export default route.EventPage;
