import type { ReactNode } from 'react';
import { dictionary, fill } from '@/lib/i18n/dictionary';
import { pageHref, pageNumbers, type ListPage } from '@/lib/paging';

// A 24 px target, 44 px on touch screens (WCAG 2.5.8, 2.5.5).
const targetClass = 'inline-flex min-h-6 min-w-6 items-center justify-center rounded px-2 pointer-coarse:min-h-11 pointer-coarse:min-w-11';
const linkClass = `${targetClass} hover:underline`;

/**
 * One page of a list, followed by the way to its other pages when it has any:
 * page numbers, Previous and Next, and the same as `rel="prev"`/`rel="next"`
 * links in the head (React puts a `<link>` there wherever it is rendered).
 */
export function PaginatedList({ paging, children }: { paging: ListPage<unknown>; children: ReactNode }) {
  const { listPath, lang, page, pages } = paging;
  if (pages === 1) return children;
  const text = dictionary(lang).paging;
  const href = (number: number) => pageHref(listPath, number, lang);
  return (
    <>
      {page > 1 && <link rel="prev" href={href(page - 1)} />}
      {page < pages && <link rel="next" href={href(page + 1)} />}
      {children}
      <nav aria-label={text.label} className="mt-8 space-y-2 text-sm print:hidden">
        <p className="text-zinc-600 dark:text-zinc-400">{fill(text.status, { page, pages })}</p>
        <ul className="flex flex-wrap items-center gap-1">
          {page > 1 && (
            <li>
              <a href={href(page - 1)} rel="prev" className={linkClass}>
                <span aria-hidden="true">←&nbsp;</span>
                {text.previous}
              </a>
            </li>
          )}
          {pageNumbers(page, pages).map((number, index) => (
            <li key={number ?? `gap-${index}`}>
              {number === null ? (
                <span className={targetClass} aria-hidden="true">
                  …
                </span>
              ) : (
                <a
                  href={href(number)}
                  aria-label={fill(text.page, { page: number })}
                  aria-current={number === page ? 'page' : undefined}
                  className={number === page ? `${targetClass} bg-brand-700 font-semibold text-white dark:bg-brand-100 dark:text-zinc-900` : linkClass}
                >
                  {number}
                </a>
              )}
            </li>
          ))}
          {page < pages && (
            <li>
              <a href={href(page + 1)} rel="next" className={linkClass}>
                {text.next}
                <span aria-hidden="true">&nbsp;→</span>
              </a>
            </li>
          )}
        </ul>
      </nav>
    </>
  );
}
