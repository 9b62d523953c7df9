import { Encoder } from 'flexsearch';
import { english } from './english';
import type { SearchLanguage } from './language';

/**
 * What both sides share: fold case and accents (`cuellar` finds “Cuéllar”),
 * keep repeated letters (the default collapses them, so `aa` or `11` would
 * search for `a`, `1`), drop the language's stop words (folded words are
 * what the filter sees), and stem with the language's one `stem` function.
 */
const shared = (language: SearchLanguage) => ({ normalize: true, dedupe: false, filter: new Set(language.stopWords) });

/** A document word becomes the word as written and its stem (when they differ). */
export function documentTerms(terms: string[], stem: SearchLanguage['stem']): string[] {
  return terms.flatMap((term) => {
    const stemmed = stem(term);
    return stemmed === term ? [term] : [term, stemmed];
  });
}

/** A query word becomes its stem alone, once. */
export function queryTermStems(terms: string[], stem: SearchLanguage['stem']): string[] {
  return [...new Set(terms.map(stem))];
}

/**
 * The index is tokenized `forward` (every prefix). Queries are stemmed, so any
 * form finds every form (`raised` finds “raising”: both are `rais`;
 * `fronteras` finds “frontera”: both are `fronter`). Documents also keep each
 * word as written, because a word half typed is often no stem of anything:
 * `nearshori` is a prefix of “nearshoring” but not of its stem `nearshor`,
 * and type-ahead must not lose a result it had one letter ago.
 */
export const documentEncoder = (language: SearchLanguage = english) => new Encoder({ ...shared(language), finalize: (terms) => documentTerms(terms, language.stem) });
export const queryEncoder = (language: SearchLanguage = english) => new Encoder({ ...shared(language), finalize: (terms) => queryTermStems(terms, language.stem) });
