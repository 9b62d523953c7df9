export interface Card {
  key: string;
  href: string;
  title: string;
  summary: string;
  /** A small line under the summary (place, speaker count…). */
  note: string;
  /** A small label above the title (the theme's section number). */
  eyebrow?: string;
}

/** Cards in a two-column grid, each titled by a link; numbered when the order means something. */
export function CardList({ cards, headingLevel, ordered = false }: { cards: readonly Card[]; headingLevel: 'h2' | 'h3'; ordered?: boolean }) {
  const List = ordered ? 'ol' : 'ul';
  const Heading = headingLevel;
  return (
    <List className="grid gap-4 sm:grid-cols-2">
      {cards.map((card) => (
        <li key={card.key} className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
          {card.eyebrow && <p className="text-xs font-semibold uppercase tracking-wide text-zinc-600 dark:text-zinc-400">{card.eyebrow}</p>}
          <Heading className={card.eyebrow ? 'mt-1 font-semibold' : 'font-semibold'}>
            <a href={card.href} className="text-brand-700 hover:underline dark:text-brand-100">
              {card.title}
            </a>
          </Heading>
          <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">{card.summary}</p>
          <p className="mt-2 text-xs text-zinc-600 dark:text-zinc-400">{card.note}</p>
        </li>
      ))}
    </List>
  );
}
