/**
 * The one card style every card on the site shares. The rules live in
 * app/globals.css (`@layer components`) so each card carries a few short class
 * names, not the same long utility list in both its HTML and its payload.
 */
export const cardClass = 'card';

/** A card's title link: brand-coloured, and (via ::after) the whole card is its hit area. */
export const cardTitleLinkClass = 'card-link';

/** Small text on a card: a label above the title, a note below. Never below 14px (text-xs). */
export const cardMetaClass = 'card-meta';

/** Body text on a card: a summary or a role. */
export const cardTextClass = 'card-text';
