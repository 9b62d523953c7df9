import { speakersRoute } from '@/app/_routes/speakers';

const route = speakersRoute('es');

export const metadata = route.metadata;
export default route.SpeakersPage;
