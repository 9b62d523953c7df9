import { highlightParts, type WordMatcher } from '@/lib/search/query';

/** Before a query has run, no word is marked. */
export const noMatch: WordMatcher = () => false;

/** Text with the words a query matched in `<mark>`, built as React text nodes (never HTML). */
export function Highlighted({ text, matches }: { text: string; matches: WordMatcher }) {
  return (
    <>
      {highlightParts(text, matches).map((part, index) =>
        part.mark ? (
          <mark key={index} className="rounded-sm bg-accent-400/40 px-0.5 text-zinc-900 dark:bg-accent-400/30 dark:text-zinc-50">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
