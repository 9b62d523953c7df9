/**
 * The one card style every card on the site shares (theme, event, topic,
 * speaker, insight, figure cards): a raised surface that lifts its border on
 * hover, with the title link stretched over the whole card.
 */
export const cardClass =
  'relative flex h-full flex-col gap-1.5 rounded-xl border border-zinc-200 bg-white p-4 shadow-sm sm:p-5 transition-colors hover:border-brand-600/50 dark:border-zinc-800 dark:bg-zinc-900 dark:hover:border-brand-100/50';

/** A card's title link: brand-coloured, and (via ::after) the whole card is its hit area. */
export const cardTitleLinkClass =
  'text-brand-700 after:absolute after:inset-0 after:rounded-xl after:content-[""] hover:underline dark:text-brand-100';

/** Small text on a card: a label above the title, a note below. Never below 14px (text-xs). */
export const cardMetaClass = 'text-xs text-zinc-600 dark:text-zinc-400';
