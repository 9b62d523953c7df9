import type { NextConfig } from 'next';

// The framework's floor: the smallest App Router static export, built with the
// same next/react as the site (resolved from the repository's node_modules).
const nextConfig: NextConfig = {
  output: 'export',
  trailingSlash: true,
  poweredByHeader: false,
};

export default nextConfig;
