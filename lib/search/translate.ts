import { contentTerms, type SearchLanguage } from './language';
import { queryTerms } from './query';

/** The content glossary as an index ships it: [a term in the other language, the same term in the index's language]. */
export type GlossaryPairs = [from: string, to: string][];

/** A query rewritten through the glossary: its folded words in order, and those the glossary brought in. */
export interface Translation {
  words: string[];
  glossaryWords: string[];
}

interface Entry {
  words: string[];
  stems: string[];
  rendering: string[];
}

/**
 * Reads a query as written in `from` and rewrites it for an index in `to`:
 * each run of its words whose stems (in `from`, stop words dropped) are a
 * glossary term's becomes the term's rendering in `to`, longest term first,
 * so `casas de seguridad` and `casa de seguridad` both become “stash houses”
 * and `tariff` becomes “aranceles”. Other words are kept as typed. Undefined
 * when the query has no glossary term.
 */
export function createTranslator(pairs: GlossaryPairs, from: SearchLanguage, to: SearchLanguage): (words: readonly string[]) => Translation | undefined {
  const byFirstStem = new Map<string, Entry[]>();
  for (const [source, target] of pairs) {
    const words = contentTerms(queryTerms(source), from);
    const entry = { words, stems: words.map(from.stem), rendering: queryTerms(target) };
    const first = entry.stems[0];
    if (first === undefined || contentTerms(entry.rendering, to).length === 0) continue;
    byFirstStem.set(first, [...(byFirstStem.get(first) ?? []), entry].sort((a, b) => b.stems.length - a.stems.length));
  }

  return (query) => {
    const kept = contentTerms(query, from);
    const stems = kept.map(from.stem);
    const words: string[] = [];
    const glossaryWords: string[] = [];
    for (let at = 0; at < kept.length; ) {
      const found = byFirstStem.get(stems[at]!)?.filter((candidate) => candidate.stems.every((stem, k) => stems[at + k] === stem)) ?? [];
      // The longest term found; of two with the same stems (`immigration`, `immigrants`), the one written as typed.
      const longest = found.filter((candidate) => candidate.stems.length === found[0]?.stems.length);
      const entry = longest.find((candidate) => candidate.words.every((word, k) => kept[at + k] === word)) ?? longest[0];
      if (entry) glossaryWords.push(...entry.rendering);
      words.push(...(entry?.rendering ?? [kept[at]!]));
      at += entry?.stems.length ?? 1;
    }
    return glossaryWords.length > 0 ? { words, glossaryWords } : undefined;
  };
}
