import type { Lang } from './i18n/locales';

// Month names, not Intl.DateTimeFormat: this module is in the search island's
// bundle, and constructing a DateTimeFormat with a time zone costs 50–65 ms on
// a page's first use (Chromium loads zone data), all of it during hydration.
const MONTHS: Record<Lang, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
};

/**
 * `2024-12-05` → `December 5, 2024`, or in Spanish (es-MX) `5 de diciembre de 2024`.
 * Throws on anything but `YYYY-MM-DD` with a real month.
 */
export function formatDate(isoDate: string, lang: Lang = 'en'): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const month = match ? MONTHS[lang][Number(match[2]) - 1] : undefined;
  if (!match || !month) throw new Error(`formatDate: expected YYYY-MM-DD, got ${JSON.stringify(isoDate)}`);
  const day = Number(match[3]);
  return lang === 'es' ? `${day} de ${month} de ${match[1]}` : `${month} ${day}, ${match[1]}`;
}

/** The name with the honorific the report uses: `Ambassador John Bolton`. */
export function displayName(speaker: { name: string; honorific?: string }): string {
  return speaker.honorific ? `${speaker.honorific} ${speaker.name}` : speaker.name;
}

/**
 * The start of a text, at most `length` characters, cut at a word and ended with "…". A cut inside
 * one of the report's quotations closes it after the ellipsis, so no quotation is left open.
 */
export function excerpt(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length - 1);
  // At the last word break, unless that throws away more than half (one very long word).
  const space = cut.lastIndexOf(' ');
  const head = (space >= length / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '');
  const open = (head.match(/“/g) ?? []).length > (head.match(/”/g) ?? []).length;
  return `${head}…${open ? '”' : ''}`;
}
