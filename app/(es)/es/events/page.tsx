import { eventsRoute } from '@/app/_routes/events';

const route = eventsRoute('es');

export const metadata = route.metadata;
export default route.EventsPage;
