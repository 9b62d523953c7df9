import { cardClass, cardMetaClass, cardTextClass, cardTitleLinkClass } from './card-styles';

export interface Card {
  key: string;
  href: string;
  title: string;
  /** A sentence under the title; compact lists leave it out. */
  summary?: string;
  /** A small line under the summary (place, speaker count…). */
  note: string;
  /** A small label above the title (the theme's section number). */
  eyebrow?: string;
}

const LAYOUTS = {
  two: 'grid gap-4 sm:grid-cols-2',
  three: 'grid gap-4 sm:grid-cols-2 lg:grid-cols-3',
  // An overview (the home page): two across even on a phone, smaller titles.
  compact: 'grid grid-cols-2 gap-3 lg:grid-cols-3',
} as const;

/** Cards in a grid, each titled by a link; numbered when the order means something. */
export function CardList({
  cards,
  headingLevel,
  ordered = false,
  layout = 'two',
}: {
  cards: readonly Card[];
  headingLevel: 'h2' | 'h3';
  ordered?: boolean;
  layout?: keyof typeof LAYOUTS;
}) {
  const List = ordered ? 'ol' : 'ul';
  const Heading = headingLevel;
  return (
    <List className={LAYOUTS[layout]}>
      {cards.map((card) => (
        <li key={card.key} className={cardClass}>
          {card.eyebrow && <p className={`${cardMetaClass} font-semibold uppercase tracking-wide`}>{card.eyebrow}</p>}
          <Heading className={layout === 'compact' ? 'text-base font-semibold sm:text-lg' : 'text-lg font-semibold'}>
            <a href={card.href} className={cardTitleLinkClass}>
              {card.title}
            </a>
          </Heading>
          {card.summary && <p className={cardTextClass}>{card.summary}</p>}
          <p className={`mt-auto pt-1 ${cardMetaClass}`}>{card.note}</p>
        </li>
      ))}
    </List>
  );
}
