'use client';

import { Fragment, useEffect, useRef, useState, type ReactNode } from 'react';
import type { CitationEntry } from '@/lib/cite/types';
import type { CiteFormatsText } from '@/lib/i18n/island-texts';
import { smallControlClass } from './control-styles';
import { CopyTextButton } from './copy-text-button';

type State = 'closed' | 'loading' | 'failed' | CitationEntry[];

/**
 * The formats inside Cite, fetched from `src` (the page's cite.json) the first time a reader opens
 * the disclosure: seven citations with their buttons would otherwise be a third of every speaker and
 * insight page, written out twice (HTML and payload) on pages most readers never cite from. Until
 * then, and without JavaScript, `children` (the download links) stand in; a failed load can be retried
 * by opening Cite again.
 */
export function CiteFormats({ src, labels, children }: { src: string; labels: CiteFormatsText; children: ReactNode }) {
  const anchor = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<State>('closed');

  useEffect(() => {
    const details = anchor.current?.closest('details');
    if (!details) return;
    let started = false;
    const load = () => {
      if (!details.open || started) return;
      started = true;
      setState('loading');
      fetch(src)
        .then((response) => {
          if (!response.ok) throw new Error(`${src}: HTTP ${response.status}`);
          return response.json() as Promise<CitationEntry[]>;
        })
        .then(setState, () => {
          started = false;
          setState('failed');
        });
    };
    // A reader may have opened Cite before the page's script ran.
    load();
    details.addEventListener('toggle', load);
    return () => details.removeEventListener('toggle', load);
  }, [src]);

  if (Array.isArray(state)) {
    return (
      <dl className="mt-3 space-y-4">
        {state.map((entry) => (
          <div key={entry.id}>
            <dt className="font-semibold">{entry.label}</dt>
            <dd className="mt-1 space-y-1.5">
              {/* Data formats (the downloadable ones) in monospace, as their files read; styled ones as prose. */}
              <pre
                id={`cite-${entry.id}`}
                translate={entry.download ? 'no' : undefined}
                className={`whitespace-pre-wrap rounded-md border border-zinc-200 bg-zinc-50 px-3 py-2 [overflow-wrap:anywhere] dark:border-zinc-800 dark:bg-zinc-900 ${entry.download ? 'font-mono text-xs' : 'font-sans'}`}
              >
                {entry.runs.map((run, index) =>
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
                <CopyTextButton source={`cite-${entry.id}`} rich={entry.runs.some((run) => run.italic)} name={entry.copyName} labels={labels} className={smallControlClass} />
                {entry.download && (
                  <a href={entry.download.href} download={entry.download.name} type={entry.download.mime} className={smallControlClass}>
                    {entry.download.label}
                  </a>
                )}
              </div>
            </dd>
          </div>
        ))}
      </dl>
    );
  }
  return (
    <div ref={anchor} className="mt-3 space-y-2" aria-busy={state === 'loading'}>
      {state === 'loading' && <p role="status">{labels.loading}</p>}
      {state === 'failed' && <p role="alert">{labels.loadFailed}</p>}
      {children}
    </div>
  );
}
