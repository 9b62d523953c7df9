import { foldText } from '../content/slug';

/** Longest query we look at; longer input is cut, never an error. */
export const MAX_QUERY_LENGTH = 200;
/** Most terms a query may have; more only slow it down without narrowing. */
export const MAX_TERMS = 8;

const NON_WORD = /[^\p{L}\p{N}]+/u;
// Most queries are ASCII once folded; splitting them needs no Unicode tables.
const ASCII_NON_WORD = /[^a-z0-9]+/;
const ASCII = /^[\x00-\x7f]*$/;
const DIGIT = /^\p{N}$/u;

/**
 * Turns what a person typed into search terms: accents and case folded,
 * punctuation, symbols and emoji dropped, single letters dropped (they
 * would match everything), duplicates removed.
 */
export function queryTerms(raw: string): string[] {
  const text = foldText(raw.slice(0, MAX_QUERY_LENGTH));
  const terms: string[] = [];
  for (const word of text.split(ASCII.test(text) ? ASCII_NON_WORD : NON_WORD)) {
    if ((word.length > 1 || DIGIT.test(word)) && !terms.includes(word)) terms.push(word);
    if (terms.length === MAX_TERMS) break;
  }
  return terms;
}

/** One run of text, marked when it is a word that the query matched. */
export interface TextPart {
  text: string;
  mark: boolean;
}

/** Whether a word of the text is one the query matched. */
export type WordMatcher = (word: string) => boolean;

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Matches a word (accents folded) as the index does: it begins with a term
 * or with the term's stem, or its stem begins with the term's stem, so
 * `raised` marks “raising” and `policies` marks “policy”. The stemmer is
 * passed in (the search engine's), so this module stays free of it.
 */
export function termMatcher(terms: readonly string[], stem: (word: string) => string = (word) => word): WordMatcher {
  const stems = terms.map(stem);
  return (word) => {
    const folded = foldText(word);
    if (terms.some((term, k) => folded.startsWith(term) || folded.startsWith(stems[k]!))) return true;
    const own = stem(folded);
    return stems.some((prefix) => own.startsWith(prefix));
  };
}

/**
 * Splits `text` into marked and unmarked parts, accent-blind both ways:
 * `cuellar` marks "Cuéllar" and `Peña` marks "Pena". Callers build DOM
 * text nodes from the parts, never HTML.
 */
export function highlightParts(text: string, matches: WordMatcher): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(WORD)) {
    if (!matches(match[0])) continue;
    if (match.index > last) parts.push({ text: text.slice(last, match.index), mark: false });
    parts.push({ text: match[0], mark: true });
    last = match.index + match[0].length;
  }
  if (last < text.length || parts.length === 0) parts.push({ text: text.slice(last), mark: false });
  return parts;
}

/** A window of about `length` characters around the first match, on word boundaries. */
export function snippet(text: string, matches: WordMatcher, length = 180): string {
  if (text.length <= length) return text;
  let first = 0;
  for (const match of text.matchAll(WORD)) {
    if (matches(match[0])) {
      first = match.index;
      break;
    }
  }
  let start = Math.max(0, first - Math.floor(length / 3));
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  let end = Math.min(text.length, start + length);
  if (end < text.length) end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
  return `${start > 0 ? '… ' : ''}${text.slice(start, end).trim()}${end < text.length ? ' …' : ''}`;
}
