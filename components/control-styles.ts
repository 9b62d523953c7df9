/** A small bordered control (Copy, Download): a 24 px target, 44 px on a coarse pointer (WCAG 2.5.8, 2.5.5). */
export const smallControlClass =
  'inline-flex min-h-6 min-w-6 items-center rounded-md border border-zinc-300 px-2.5 text-xs font-medium text-zinc-700 hover:bg-zinc-100 pointer-coarse:min-h-11 pointer-coarse:min-w-11 pointer-coarse:px-3 pointer-coarse:text-sm dark:border-zinc-700 dark:text-zinc-300 dark:hover:bg-zinc-800';
