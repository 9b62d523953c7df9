/** A link inside running text (a source, a speaker, a conference): underlined quietly, brand-coloured on hover. */
export const inlineLinkClass = 'underline decoration-zinc-400 underline-offset-2 hover:text-brand-700 dark:hover:text-brand-100';
