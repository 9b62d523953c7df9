import { themesRoute } from '@/app/_routes/themes';

const route = themesRoute('es');

export const metadata = route.metadata;
export default route.ThemesPage;
