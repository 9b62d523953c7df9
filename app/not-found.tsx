import type { Metadata } from 'next';
import { PageTitle } from '@/components/page-title';
import { routes } from '@/lib/routes';

export const metadata: Metadata = { title: 'Page not found' };

const ways = [
  { href: routes.home, label: 'Go to the home page' },
  { href: routes.speakers, label: 'Browse the speakers' },
  { href: routes.themes, label: 'Browse the themes' },
  { href: routes.search, label: 'Search the insights' },
];

export default function NotFound() {
  return (
    <>
      <PageTitle title="Page not found" lead="There is no page at this address. It may have been mistyped, or the link may be out of date." />
      <ul className="list-disc space-y-1 pl-6">
        {ways.map(({ href, label }) => (
          <li key={href}>
            <a href={href} className="text-brand-700 underline dark:text-brand-100">
              {label}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
