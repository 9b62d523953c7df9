import { Fragment } from 'react';
import type { Citation } from '@/lib/cite';
import { fill } from '@/lib/i18n/dictionary';
import { t } from '@/lib/i18n/page-lang';
import { CopyTextButton } from './copy-text-button';

// Copy and download alike: 24 px targets, 44 px on a coarse pointer.
const smallControl =
  'inline-flex min-h-6 min-w-6 items-center rounded-md border border-zinc-300 px-2.5 text-xs font-medium text-zinc-700 hover:bg-zinc-100 pointer-coarse:min-h-11 pointer-coarse:min-w-11 pointer-coarse:px-3 pointer-coarse:text-sm dark:border-zinc-700 dark:text-zinc-300 dark:hover:bg-zinc-800';

/**
 * "Cite": a disclosure (it opens without JavaScript) listing each format's citation of the page,
 * made at build time, with Copy and, for the data formats, a download of the static file beside
 * the page. Only the Copy buttons are islands, each given its text and three labels.
 */
export function CiteControl({ citations }: { citations: Citation[] }) {
  const text = t().cite;
  const labels = { copy: text.copy, copied: text.copied, copyFailed: text.copyFailed };
  return (
    <details className="text-sm print:hidden">
      <summary className="cursor-pointer py-0.5 font-medium text-brand-700 hover:underline pointer-coarse:py-3 dark:text-brand-100">{text.summary}</summary>
      <p className="mt-2 text-zinc-700 dark:text-zinc-300">{text.lead}</p>
      <dl className="mt-3 space-y-4">
        {citations.map((citation) => (
          <div key={citation.id}>
            <dt className="font-semibold">{citation.label}</dt>
            <dd className="mt-1 space-y-1.5">
              {/* Data formats (the downloadable ones) in monospace, as their files read; styled ones as prose. */}
              <pre
                id={`cite-${citation.id}`}
                translate={citation.file ? 'no' : undefined}
                className={`whitespace-pre-wrap rounded-md border border-zinc-200 bg-zinc-50 px-3 py-2 [overflow-wrap:anywhere] dark:border-zinc-800 dark:bg-zinc-900 ${citation.file ? 'font-mono text-xs' : 'font-sans'}`}
              >
                {citation.runs.map((run, index) =>
                  run.italic ? (
                    <i key={index} lang={run.lang}>
                      {run.text}
                    </i>
                  ) : (
                    <Fragment key={index}>{run.text}</Fragment>
                  ),
                )}
              </pre>
              <div className="flex flex-wrap items-center gap-2">
                <CopyTextButton
                  source={`cite-${citation.id}`}
                  rich={citation.runs.some((run) => run.italic)}
                  name={fill(text.copyFormat, { format: citation.label })}
                  labels={labels}
                  className={smallControl}
                />
                {citation.file && (
                  <a href={citation.file.href} download={citation.file.name} type={citation.file.mime} className={smallControl}>
                    {fill(text.download, { extension: citation.file.extension })}
                  </a>
                )}
              </div>
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
