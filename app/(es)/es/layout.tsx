import { rootLayout, viewport } from '@/app/_routes/root-layout';

const layout = rootLayout('es');

export const metadata = layout.metadata;
export { viewport };
export default layout.RootLayout;
