import { themesRoute } from '@/app/_routes/themes';

const route = themesRoute('en');

export const metadata = route.metadata;
export default route.ThemesPage;
