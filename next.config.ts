import { availableParallelism } from 'node:os';
import type { NextConfig } from 'next';
import { PHASE_DEVELOPMENT_SERVER } from 'next/constants';

/**
 * A static export: `out/` is plain files that any static host can serve.
 * Under `npm run dev` every page renders on request from the current content
 * instead, so a speaker file added while the server runs is a page at once
 * (an export only knows the pages listed when the server started).
 */
export default function config(phase: string): NextConfig {
  return {
    ...(phase !== PHASE_DEVELOPMENT_SERVER && { output: 'export' }),
    // scripts/build.ts exports into a staging folder and swaps it in only when the whole build succeeded.
    ...(process.env.INSIGHTS_EXPORT_DIR && { distDir: process.env.INSIGHTS_EXPORT_DIR }),
    trailingSlash: true,
    images: { unoptimized: true },
    poweredByHeader: false,
    // One 404 page for addresses no route matches: the site has a root layout per language, none above both.
    experimental: {
      globalNotFound: true,
      // Page generation uses every core: Next's default (cores − 1) leaves one idle while the build waits on its workers.
      cpus: availableParallelism(),
      // Turbopack's on-disk build cache costs more than it saves here: next build took 44 s with a new cache, 71 s with
      // a long-lived one (637 MB), 33–38 s without.
      turbopackFileSystemCacheForBuild: false,
      // Prefetch hints size the RSC payloads for client navigation, which this site never does (scripts/build.ts deletes them).
      prefetchInlining: false,
    },
    reactStrictMode: true,
    turbopack: {
      resolveAlias: {
        // In the browser, FlexSearch's compact build (Document, import, no workers): 10.7 KB gzip instead of 17.5.
        flexsearch: { browser: './node_modules/flexsearch/dist/flexsearch.compact.module.min.js' },
      },
    },
  };
}
