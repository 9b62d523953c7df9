// ESLint flat config: Next.js rules (core web vitals) plus typescript-eslint's
// type-aware recommended set. Type information comes from the nearest
// tsconfig.json of each file (the project service), so bench/bare-next is
// checked against its own tsconfig, not the site's.
import { defineConfig, globalIgnores } from 'eslint/config';
import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import tseslint from 'typescript-eslint';

export const config = defineConfig(
  // Generated output, caches and reports: never source.
  globalIgnores([
    '**/node_modules/',
    '**/.next/',
    '**/out/',
    '.hostile-out/',
    '.lighthouse/',
    'test-results/',
    'playwright-report/',
    '**/next-env.d.ts',
  ]),
  nextCoreWebVitals,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    // Root config files that no tsconfig.json includes: a few lines each, not
    // worth a TypeScript program of their own on every run.
    files: ['*.mjs', '*.mts'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    // CommonJS that Node preloads into next build (scripts/skip-payload-copies.cjs and what it requires):
    // plain JavaScript, typed by @ts-check and a .d.cts, outside any TypeScript program.
    files: ['**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    rules: {
      // Links between pages are plain <a> on purpose (see README): every page
      // is a document the browser loads whole, so #id and text-fragment deep
      // links land natively and no link component has to hydrate.
      '@next/next/no-html-link-for-pages': 'off',
      // …and so the build removes Next's RSC payloads, which only client navigation reads.
      'no-restricted-imports': ['error', { paths: [{ name: 'next/link', message: 'Links are plain <a>: the build removes the RSC payloads client navigation needs (lib/site-outputs/rsc-payloads.cjs).' }] }],
    },
  },
);

export default config;
