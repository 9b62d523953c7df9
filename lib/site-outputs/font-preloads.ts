import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { insertAtHeadStart } from './csp';

/**
 * Preload hints for the two woff2 files the first paint needs: the core
 * subset of the text face and of the heading face (app/fonts.css). Next
 * fingerprints the files when it bundles the CSS, so their URLs exist only
 * after the build: the post-build step reads them from the built CSS.
 */
export const PRELOADED_FACES = ['source-sans-3', 'fraunces'] as const;

/**
 * The fingerprinted URL of each preloaded face's core file in the site's
 * CSS, in PRELOADED_FACES order. The CSS lives in /_next/static/chunks/ and
 * names its fonts relative to itself (../media/…) or absolutely.
 */
export function fontPreloadUrls(css: string): string[] {
  return PRELOADED_FACES.map((stem) => {
    const pattern = new RegExp(`(?:\\.\\./media|/_next/static/media)/(${stem}-core-wght-normal\\.[\\w.-]+\\.woff2)`, 'g');
    const files = new Set([...css.matchAll(pattern)].map(([, file]) => file));
    if (files.size !== 1) throw new Error(`Expected one core woff2 file for ${stem} in the built CSS, found ${files.size}`);
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

const STYLESHEETS = /(?:<link rel="stylesheet"[^>]*\/>)+/;

/**
 * Puts the preload links right after the page's stylesheet, so the fonts are requested with it but the
 * render-blocking CSS goes first (on a slow link they would otherwise share its bandwidth and delay the first
 * paint); at the top of <head> when a page has no stylesheet.
 */
export function withFontPreloads(html: string, urls: readonly string[]): string {
  const links = urls.map((url) => `<link rel="preload" href="${url}" as="font" type="font/woff2" crossorigin=""/>`).join('');
  const head = html.slice(0, html.indexOf('</head>') + 1 || undefined);
  const css = STYLESHEETS.exec(head);
  if (!css) return insertAtHeadStart(html, links);
  const at = css.index + css[0].length;
  return `${html.slice(0, at)}${links}${html.slice(at)}`;
}
