import { speakersRoute } from '@/app/_routes/speakers';

const route = speakersRoute('es');

export const generateStaticParams = route.generatePageParams;
export const generateMetadata = route.generateMetadata;
export default route.SpeakersPage;
