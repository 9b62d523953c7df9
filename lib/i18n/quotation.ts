/**
 * The report's quotations stay in English in the Spanish edition, each
 * followed by its translation marked as such: `“…” «…» (traducción)`
 * (../shared/source/translation.md). These find the English part, so it can
 * carry `lang="en"` (read out in English, not as Spanish).
 */

/** A quotation in curly or straight double quotes, right before «its translation» (traducción). */
export const QUOTED_ENGLISH = /([“"][^“”"«»]+[”"])(?=\s*«[^»]+»\s*\(traducción\))/g;

/** A field that is a quotation followed by its translation: `key sectors… «sectores clave…» (traducción)`. */
export function splitTranslatedQuotation(text: string): { quotation: string; translation: string } | undefined {
  const match = /^(.+?)\s*(«[^»]+»\s*\(traducción\))$/.exec(text);
  return match ? { quotation: match[1]!, translation: match[2]! } : undefined;
}
