import { speakerRoute } from '@/app/_routes/speaker';

const route = speakerRoute('es');

export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.SpeakerPage;
