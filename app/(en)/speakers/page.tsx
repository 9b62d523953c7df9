import { speakersRoute } from '@/app/_routes/speakers';

const route = speakersRoute('en');

export const metadata = route.metadata;
export default route.SpeakersPage;
