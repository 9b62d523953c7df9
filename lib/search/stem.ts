import { stemmer } from 'stemmer';

/**
 * The English (Porter) stem of a folded word: `tariffs` → `tariff`,
 * `nearshoring` and `nearshore` → `nearshor`. Words with digits and
 * two-letter words stay as they are (`125`, `us`). Imported only by the
 * search chunk and, lazily, by the term highlighter: never first-load JS.
 */
export function stem(word: string): string {
  return word.length < 3 || /\d/.test(word) ? word : stemmer(word);
}
