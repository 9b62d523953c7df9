import Link from 'next/link';

export interface Crumb {
  href: string;
  label: string;
}

/** Where this page sits; the last crumb is the page itself. */
export function Breadcrumbs({ trail, current }: { trail: Crumb[]; current: string }) {
  return (
    <nav aria-label="Breadcrumb" className="mb-4 text-sm text-zinc-600 dark:text-zinc-400">
      <ol className="flex flex-wrap items-center gap-1">
        {[{ href: '/', label: 'Home' }, ...trail].map((crumb) => (
          <li key={crumb.href} className="after:ml-1 after:content-['/']">
            <Link href={crumb.href} className="hover:underline">
              {crumb.label}
            </Link>
          </li>
        ))}
        <li aria-current="page" className="font-medium text-zinc-800 dark:text-zinc-200">
          {current}
        </li>
      </ol>
    </nav>
  );
}
