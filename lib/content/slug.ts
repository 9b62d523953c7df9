/**
 * Folds text to a URL slug: lowercase ASCII, diacritics removed, words joined
 * by single hyphens ("Antonio Cuéllar" → "antonio-cuellar").
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** True when `value` is already a canonical slug (what file names must be). */
export function isSlug(value: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value);
}

/** Folds accents and case for comparisons ("Peña" and "pena" are equal). */
export function foldText(text: string): string {
  // Most queries are plain ASCII: skip Unicode normalisation for them (it is the costly part).
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}
