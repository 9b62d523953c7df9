import { createHash } from 'node:crypto';

/**
 * A strict Content-Security-Policy for a static page, as a <meta> tag: a
 * static host sends no headers we control, so the policy travels in the
 * HTML. Scripts run only from this origin or when their exact text was
 * hashed at build time; nothing inline that the build did not write runs.
 */

// Inline <script> elements that browsers execute (JSON data blocks are not scripts).
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)((?:\s[^>]*)?)>([\s\S]*?)<\/script>/gi;
const EXECUTABLE_TYPE = /\stype=["']?(?:module|text\/javascript|application\/javascript)["']?/i;

export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes = '', body = ''] of html.matchAll(INLINE_SCRIPT)) {
    if (/\stype=/i.test(attributes) && !EXECUTABLE_TYPE.test(attributes)) continue;
    hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return [...hashes].sort();
}

export function contentSecurityPolicy(scriptHashes: readonly string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptHashes.join(' ')}`.trim(),
    "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-src 'none'",
  ].join('; ');
}

/**
 * Inserts markup at the top of a page's <head>, but after its charset
 * declaration, which HTML requires within the first 1024 bytes.
 */
export function insertAtHeadStart(html: string, markup: string): string {
  const start = /<head>(<meta charSet="utf-8"\/>)?/i.exec(html);
  if (!start) throw new Error('Page has no <head>');
  const at = start.index + start[0].length;
  return `${html.slice(0, at)}${markup}${html.slice(at)}`;
}

/** Puts the page's policy first in its <head>, before any script. */
export function withCsp(html: string): string {
  if (html.includes('http-equiv="Content-Security-Policy"')) throw new Error('Page already has a Content-Security-Policy');
  const policy = contentSecurityPolicy(inlineScriptHashes(html));
  return insertAtHeadStart(html, `<meta http-equiv="Content-Security-Policy" content="${policy}"/>`);
}
