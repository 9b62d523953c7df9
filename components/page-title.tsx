import type { ReactNode } from 'react';

/** The h1 and lead of a page. */
export function PageTitle({ title, lead, children }: { title: string; lead?: string; children?: ReactNode }) {
  return (
    <div className="mb-8 max-w-3xl space-y-3">
      <h1 className="font-serif text-3xl font-bold tracking-tight sm:text-4xl">{title}</h1>
      {lead && <p className="text-lg text-zinc-700 dark:text-zinc-300">{lead}</p>}
      {children}
    </div>
  );
}
