import { highlightParts } from '@/lib/search/query';

/** Text with query terms in `<mark>`, built as React text nodes (never HTML). */
export function Highlighted({ text, terms }: { text: string; terms: readonly string[] }) {
  return (
    <>
      {highlightParts(text, terms).map((part, index) =>
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
