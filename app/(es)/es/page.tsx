import { homeRoute } from '@/app/_routes/home';

const route = homeRoute('es');

export const metadata = route.metadata;
export default route.HomePage;
