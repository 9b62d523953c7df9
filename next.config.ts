import type { NextConfig } from 'next';

// A static export: `out/` is plain files that any static host can serve.
export const nextConfig: NextConfig = {
  output: 'export',
  // scripts/build.ts exports into a staging folder and swaps it in only when the whole build succeeded.
  ...(process.env.INSIGHTS_EXPORT_DIR && { distDir: process.env.INSIGHTS_EXPORT_DIR }),
  trailingSlash: true,
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
  turbopack: {
    resolveAlias: {
      // In the browser, FlexSearch's compact build (Document, import, no workers): 10.7 KB gzip instead of 17.5.
      flexsearch: { browser: './node_modules/flexsearch/dist/flexsearch.compact.module.min.js' },
    },
  },
};

export default nextConfig;
