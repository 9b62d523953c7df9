import { rootLayout, viewport } from '@/app/_routes/root-layout';

const layout = rootLayout('en');

export const metadata = layout.metadata;
export { viewport };
export default layout.RootLayout;
