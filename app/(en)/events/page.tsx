import { eventsRoute } from '@/app/_routes/events';

const route = eventsRoute('en');

export const metadata = route.metadata;
export default route.EventsPage;
