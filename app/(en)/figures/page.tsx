import { figuresRoute } from '@/app/_routes/figures';

const route = figuresRoute('en');

export const metadata = route.metadata;
export default route.FiguresPage;
