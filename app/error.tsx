'use client';

import { PageTitle } from '@/components/page-title';

const CONTENT_ERROR = 'Invalid content:';

/**
 * Shown when a page fails to render. Under `npm run dev` that is invalid
 * content: the message is the build's own list, one located problem per line
 * (`content/speakers/x.md:5:8 date: expected …`), so an author sees every
 * problem in the browser; fixing the file and reloading recovers. A built
 * site never gets here for content: the build refuses it first.
 */
export default function PageError({ error }: { error: Error & { digest?: string } }) {
  const [first = '', ...rest] = error.message.split('\n');
  const invalid = first === CONTENT_ERROR;
  // The list's last line is its count: "3 errors in 2 files".
  const problems = rest.slice(0, -1);
  return (
    <>
      <PageTitle
        title={invalid ? 'Invalid content' : 'This page could not be shown'}
        lead={invalid ? 'Fix these problems in content/ and reload; the list is the same as npm run check prints.' : 'Reload the page, or go back to the home page.'}
      />
      {invalid && (
        <>
          <ul data-testid="content-errors" className="max-w-4xl space-y-2 font-mono text-sm">
            {problems.map((line) => (
              <li key={line} className="rounded border border-red-300 bg-red-50 px-3 py-2 text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
                {line}
              </li>
            ))}
          </ul>
          <p className="mt-4 text-sm">{rest.at(-1)}</p>
        </>
      )}
    </>
  );
}
