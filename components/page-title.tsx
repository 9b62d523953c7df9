import type { ReactNode } from 'react';

/** The h1 and lead of a page: the same size on every page type (the home page's display title excepted). */
export function PageTitle({ title, lead, children }: { title: string; lead?: string; children?: ReactNode }) {
  return (
    <div className="mb-10 max-w-3xl space-y-3 border-b border-zinc-200 pb-8 dark:border-zinc-800">
      <h1 className="text-3xl font-semibold sm:text-4xl">{title}</h1>
      {lead && <p className="text-lg text-zinc-700 dark:text-zinc-300">{lead}</p>}
      {children}
    </div>
  );
}
