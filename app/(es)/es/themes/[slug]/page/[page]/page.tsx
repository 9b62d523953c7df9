import { themeRoute } from '@/app/_routes/theme';

const route = themeRoute('es');

export const generateStaticParams = route.generatePageParams;
export const generateMetadata = route.generateMetadata;
export default route.ThemePage;
