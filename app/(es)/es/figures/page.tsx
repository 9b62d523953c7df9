import { figuresRoute } from '@/app/_routes/figures';

const route = figuresRoute('es');

export const metadata = route.metadata;
export default route.FiguresPage;
