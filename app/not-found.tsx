import type { Metadata } from 'next';
import { PageTitle } from '@/components/page-title';
import { routes } from '@/lib/routes';

export const metadata: Metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <>
      <PageTitle title="Page not found" lead="There is no page at this address. It may have been mistyped, or the link may be out of date." />
      <ul className="list-disc space-y-1 pl-6">
        <li>
          <a href={routes.home} className="text-brand-700 underline dark:text-brand-100">Go to the home page</a>
        </li>
        <li>
          <a href={routes.speakers} className="text-brand-700 underline dark:text-brand-100">Browse the speakers</a>
        </li>
        <li>
          <a href={routes.themes} className="text-brand-700 underline dark:text-brand-100">Browse the themes</a>
        </li>
        <li>
          <a href={routes.search} className="text-brand-700 underline dark:text-brand-100">Search the insights</a>
        </li>
      </ul>
    </>
  );
}
