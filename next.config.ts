import type { NextConfig } from 'next';

// A static export: `out/` is plain files that any static host can serve.
export const nextConfig: NextConfig = {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
