import { foldText } from '../content/slug';
import type { SearchLanguage } from './language';
import type { SearchDoc } from './types';

const words = (text = '') => foldText(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * The heading words of every document (title, speaker, topic labels), sorted,
 * so the words a query term begins are one binary search away, each with its
 * postings: the documents that have it and the weight of the field it is in.
 * Ranking reads these instead of scanning each matched document's text.
 */
export class HeadWords {
  readonly words: string[];
  /** Each word's stem (same order as `words`), so any form of a word counts as whole. */
  readonly stems: string[];
  /** Per word (same order as `words`): document ids, and the best field weight in each. */
  readonly ids: Int32Array[];
  readonly weights: Uint8Array[];

  constructor(words: string[], ids: Int32Array[], weights: Uint8Array[], stem: SearchLanguage['stem']) {
    this.words = words;
    this.stems = words.map(stem);
    this.ids = ids;
    this.weights = weights;
  }

  /** From the documents themselves (the build, and the engine over every document). */
  static fromDocs(docs: readonly SearchDoc[], weight: { title: number; speaker: number; topic: number }, stem: SearchLanguage['stem']): HeadWords {
    const postings = new Map<string, Map<number, number>>();
    for (const doc of docs) {
      const fields: [string | undefined, number][] = [
        [doc.title, weight.title],
        [doc.speaker, weight.speaker],
        [doc.topicLabels, weight.topic],
      ];
      for (const [text, fieldWeight] of fields) {
        for (const word of words(text)) {
          const byDoc = postings.get(word) ?? new Map<number, number>();
          byDoc.set(doc.id, Math.max(byDoc.get(doc.id) ?? 0, fieldWeight));
          postings.set(word, byDoc);
        }
      }
    }
    const sorted = [...postings.keys()].sort();
    return new HeadWords(
      sorted,
      sorted.map((word) => Int32Array.from(postings.get(word)?.keys() ?? [])),
      sorted.map((word) => Uint8Array.from(postings.get(word)?.values() ?? [])),
      stem,
    );
  }

  /** The positions [low, high) of the words that begin with `term`. */
  range(term: string): [low: number, high: number] {
    let low = 0;
    let high = this.words.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.words[middle] ?? '') < term) low = middle + 1;
      else high = middle;
    }
    let end = low;
    while (end < this.words.length && this.words[end]!.startsWith(term)) end++;
    return [low, end];
  }
}
