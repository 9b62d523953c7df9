import { pick, type Random } from './prng';

/**
 * A word-bigram chain over the report's own insight texts: synthetic text then
 * has the report's vocabulary and word pairs, so search indexes, postings and
 * page sizes grow as they would with more of the same report.
 */
export interface Markov {
  /** Every word the chain can emit (lowercased, without surrounding punctuation). */
  readonly vocabulary: ReadonlySet<string>;
  /** `count` words of running text from a sentence start, ending a sentence. */
  text(random: Random, count: number): string;
}

/** A token with Markdown syntax or HTML in it would change the page's structure, not just its words. */
const PLAIN = /^[\p{L}\p{N}$(“"'‘][^\s*_`<>[\]#|\\{}~]*$/u;

export function bareWord(token: string): string {
  return token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLowerCase();
}

const endsSentence = (token: string) => /[.!?]["”’)]?$/.test(token);

/** `exclude`: words never to emit (the real speakers' names: synthetic text must not quote or link real people). */
export function buildMarkov(texts: readonly string[], exclude: ReadonlySet<string>): Markov {
  const next = new Map<string, string[]>();
  const starts: string[] = [];
  for (const text of texts) {
    const tokens = text.split(/\s+/).filter((token) => PLAIN.test(token) && bareWord(token) !== '' && !exclude.has(bareWord(token)));
    tokens.forEach((token, index) => {
      const previous = tokens[index - 1];
      if ((previous === undefined || endsSentence(previous)) && /^\p{Lu}/u.test(token)) starts.push(token);
      const following = tokens[index + 1];
      if (following !== undefined) (next.get(token) ?? next.set(token, []).get(token))?.push(following);
    });
  }
  if (starts.length === 0) throw new Error('no sentence starts in the source texts');
  const vocabulary = new Set([...next.keys(), ...starts].map(bareWord));

  return {
    vocabulary,
    text(random, count) {
      const words: string[] = [];
      let token = pick(random, starts);
      while (words.length < count) {
        words.push(token);
        const successors = next.get(token);
        // A dead end starts a new sentence rather than repeating one.
        token = successors ? pick(random, successors) : pick(random, starts);
      }
      const last = words.length - 1;
      if (!endsSentence(words[last] ?? '.')) words[last] = `${(words[last] ?? '').replace(/[^\p{L}\p{N}]+$/u, '')}.`;
      return words.join(' ');
    },
  };
}
