import { Encoder } from 'flexsearch';
import { stem } from './stem';

/**
 * What both sides share: fold case and accents (`cuellar` finds “Cuéllar”),
 * keep repeated letters (the default collapses them, so `aa` or `11` would
 * search for `a`, `1`), and stem with the one `stem` function.
 */
const FOLD = { normalize: true, dedupe: false } as const;

/** A document word becomes the word as written and its stem (when they differ). */
export function documentTerms(terms: string[]): string[] {
  return terms.flatMap((term) => {
    const stemmed = stem(term);
    return stemmed === term ? [term] : [term, stemmed];
  });
}

/** A query word becomes its stem alone, once. */
export function queryTermStems(terms: string[]): string[] {
  return [...new Set(terms.map(stem))];
}

/**
 * The index is tokenized `forward` (every prefix). Queries are stemmed, so any
 * form finds every form (`raised` finds “raising”: both are `rais`). Documents
 * also keep each word as written, because a word half typed is often no stem
 * of anything: `nearshori` is a prefix of “nearshoring” but not of its stem
 * `nearshor`, and type-ahead must not lose a result it had one letter ago.
 */
export const documentEncoder = () => new Encoder({ ...FOLD, finalize: documentTerms });
export const queryEncoder = () => new Encoder({ ...FOLD, finalize: queryTermStems });
