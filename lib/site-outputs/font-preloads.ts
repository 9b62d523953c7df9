import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { insertAtHeadStart } from '../csp';

/**
 * Preload hints for the two woff2 files the first paint needs: the Latin
 * subset of the text face and of the heading face (app/fonts.css). Next
 * fingerprints the files when it bundles the CSS, so their URLs exist only
 * after the build: the post-build step reads them from the built CSS.
 */
export const PRELOADED_FACES = ['source-sans-3', 'fraunces'] as const;

/**
 * The fingerprinted URL of each preloaded face's Latin file in the site's
 * CSS, in PRELOADED_FACES order. The CSS lives in /_next/static/chunks/ and
 * names its fonts relative to itself (../media/…) or absolutely.
 */
export function fontPreloadUrls(css: string): string[] {
  return PRELOADED_FACES.map((stem) => {
    const pattern = new RegExp(`(?:\\.\\./media|/_next/static/media)/(${stem}-latin-wght-normal\\.[\\w.-]+\\.woff2)`, 'g');
    const files = new Set([...css.matchAll(pattern)].map(([, file]) => file));
    if (files.size !== 1) throw new Error(`Expected one Latin woff2 file for ${stem} in the built CSS, found ${files.size}`);
    return `/_next/static/media/${[...files][0]}`;
  });
}

/** All the CSS a static export ships, for fontPreloadUrls. */
export function builtCss(out: string): string {
  const dir = path.join(out, '_next/static');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.css'))
    .map((file) => readFileSync(path.join(dir, file), 'utf8'))
    .join('\n');
}

/** Puts the preload links at the top of the page's <head>, so the fonts are requested with the stylesheet. */
export function withFontPreloads(html: string, urls: readonly string[]): string {
  return insertAtHeadStart(html, urls.map((url) => `<link rel="preload" href="${url}" as="font" type="font/woff2" crossorigin=""/>`).join(''));
}
