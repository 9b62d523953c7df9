/** A link inside running text (a source, a speaker, a conference): brand-coloured like every link, with a quiet underline that firms up on hover. */
export const inlineLinkClass =
  'text-brand-700 underline decoration-brand-700/40 underline-offset-2 hover:decoration-current dark:text-brand-100 dark:decoration-brand-100/40';

/**
 * A link in a line of metadata (a conference, a theme): a hit area 24 px tall, 44 px on touch screens
 * (WCAG 2.5.8, 2.5.5), grown with padding and taken back with negative margins, so the line keeps its height.
 */
export const metadataLinkClass = `${inlineLinkClass} inline-flex min-h-6 -my-1 items-center pointer-coarse:min-h-11 pointer-coarse:-my-3.5`;
