import { stemmer } from 'stemmer';
import { keepShortWords, type SearchLanguage } from './language';

/**
 * English: the Porter stem of a folded word (`tariffs` → `tariff`,
 * `nearshoring` and `nearshore` → `nearshor`), and no stop words, so every
 * word of an English query counts. Imported only by the search chunk and,
 * lazily, by the term highlighter: never first-load JS.
 */
export const english: SearchLanguage = { stem: keepShortWords(stemmer), stopWords: new Set() };
