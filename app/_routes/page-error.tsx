'use client';

import { PageTitle } from '@/components/page-title';
import { ERROR_TEXTS } from '@/lib/i18n/error-texts';
import type { Lang } from '@/lib/i18n/locales';

const CONTENT_ERROR = 'Invalid content:';

/**
 * Shown when a page fails to render. Under `npm run dev` that is invalid
 * content: the message is the build's own list, one located problem per line
 * (`content/speakers/x.md:5:8 date: expected …`), so an author sees every
 * problem in the browser; fixing the file and reloading recovers. A built
 * site never gets here for content: the build refuses it first.
 */
export function PageError({ error, lang }: { error: Error & { digest?: string }; lang: Lang }) {
  const text = ERROR_TEXTS[lang];
  const [first = '', ...rest] = error.message.split('\n');
  const invalid = first === CONTENT_ERROR;
  // The list's last line is its count: "3 errors in 2 files".
  const problems = rest.slice(0, -1);
  return (
    <>
      <PageTitle
        title={invalid ? text.invalidTitle : text.failedTitle}
        lead={invalid ? text.invalidLead : text.failedLead}
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
