/** What search needs to know of a language: how to stem a folded word, and which words mean nothing alone. */
export interface SearchLanguage {
  stem: (word: string) => string;
  /** Folded words dropped from documents and queries alike. */
  stopWords: ReadonlySet<string>;
}

/** Words with digits and two-letter words are never stemmed (`125`, `us`), in any language. */
export function keepShortWords(stemmer: (word: string) => string): (word: string) => string {
  return (word) => (word.length < 3 || /\d/.test(word) ? word : stemmer(word));
}

/** The words of a folded query that a language searches for: its stop words dropped. */
export function contentTerms(words: readonly string[], language: SearchLanguage): string[] {
  return words.filter((word) => !language.stopWords.has(word));
}
