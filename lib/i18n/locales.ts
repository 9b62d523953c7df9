/**
 * The site's two languages. English keeps every URL it has always had;
 * Spanish mirrors each page under /es/. Section ids are the same in both, so
 * a shared deep link works with or without the prefix.
 */
export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];

/** The language of unprefixed URLs, and the hreflang x-default. */
export const DEFAULT_LANG: Lang = 'en';

const PREFIX: Record<Lang, string> = { en: '', es: '/es' };

/** Open Graph locales: the report's two countries. */
export const OG_LOCALE: Record<Lang, string> = { en: 'en_US', es: 'es_MX' };

/** A site path in a language: `/speakers/kim-ogg/` → `/es/speakers/kim-ogg/`. Paths are site-absolute. */
export function localizePath(path: string, lang: Lang): string {
  if (!path.startsWith('/')) throw new Error(`localizePath: expected a site path starting with /, got ${JSON.stringify(path)}`);
  return `${PREFIX[lang]}${path}`;
}

/** The language a site path is in, read from its prefix. */
export function langOfPath(path: string): Lang {
  return path === '/es' || path.startsWith('/es/') ? 'es' : 'en';
}

/** The same page in English: `/es/speakers/kim-ogg/` → `/speakers/kim-ogg/`. */
export function unlocalizePath(path: string): string {
  return langOfPath(path) === 'es' ? path.slice(PREFIX.es.length) || '/' : path;
}

export const otherLang = (lang: Lang): Lang => (lang === 'en' ? 'es' : 'en');

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}
