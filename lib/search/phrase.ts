/**
 * Folded text as a phrase is matched against it: split at spaces, each
 * token's leading punctuation dropped (`“stash` is `stash`) and its trailing
 * punctuation kept, so `trade, policy` is not the phrase `trade policy` and
 * `220,000` is not `220 000`, as a substring search of the text would say.
 */
export const phraseWords = (folded: string) => folded.split(/\s+/).map((token) => token.replace(/^[^\p{L}\p{N}]+/u, ''));

/**
 * The word pairs a phrase needs, as [low, high) key ranges: each adjacent
 * pair whole, the last pair's second word as a prefix (it may be half
 * typed: `stash hou`). A document has the phrase when it has every pair.
 */
export function phrasePairs(phrase: string): [low: string, high: string][] {
  const words = phraseWords(phrase);
  const ranges: [string, string][] = [];
  for (let k = 0; k + 1 < words.length; k++) {
    const key = `${words[k]} ${words[k + 1]}`;
    ranges.push([key, k + 2 === words.length ? `${key}\uffff` : `${key}\u0000`]);
  }
  return ranges;
}
