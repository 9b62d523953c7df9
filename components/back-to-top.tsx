import { t } from '@/lib/i18n/page-lang';

/**
 * "Back to top", for long pages, in CSS alone (no script): the link sits one
 * screen below the top of its positioned parent and sticks to the bottom of
 * the window from there, so it comes into view once the reader has scrolled
 * and never on a page shorter than a screen. A plain link to #top, which
 * works without JavaScript. The parent must be positioned and span the page.
 */
export function BackToTop() {
  const text = t().layout;
  return (
    // top: a screen down, or the parent's end if it is shorter (then it never shows and adds no scrolling);
    // bottom: into the space below the parent, so at the end it does not cover the parent's last line.
    <div className="pointer-events-none absolute -bottom-16 right-4 top-[min(100svh,100%)] overflow-clip print:hidden" data-back-to-top>
      <a
        href="#top"
        className="pointer-events-auto sticky top-[calc(100svh-4rem)] flex min-h-11 items-center rounded-full border border-zinc-300 bg-white/95 px-4 text-sm font-medium text-zinc-800 shadow-md hover:bg-zinc-100 dark:border-zinc-700 dark:bg-zinc-900/95 dark:text-zinc-100 dark:hover:bg-zinc-800"
      >
        <span aria-hidden="true" className="mr-1.5">↑</span>
        {text.backToTop}
      </a>
    </div>
  );
}
