import type { MetadataRoute } from 'next';
import { REPORT_TITLE, SITE_NAME } from '@/lib/site';

export const dynamic = 'force-static';

export default function manifest(): MetadataRoute.Manifest {
  return {
    name: `${SITE_NAME} — ${REPORT_TITLE}`,
    short_name: SITE_NAME,
    description: 'What each speaker said at the USMCOC binational conferences of December 5, 2024 and April 30, 2025.',
    start_url: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#08402f',
    icons: [
      { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
    ],
  };
}
