import { homeRoute } from '@/app/_routes/home';

const route = homeRoute('en');

export const metadata = route.metadata;
export default route.HomePage;
