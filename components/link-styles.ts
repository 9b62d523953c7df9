/** A link inside running text (a source, a speaker, a conference): brand-coloured like every link, with a quiet underline that firms up on hover. */
export const inlineLinkClass =
  'text-brand-700 underline decoration-brand-700/40 underline-offset-2 hover:decoration-current dark:text-brand-100 dark:decoration-brand-100/40';
