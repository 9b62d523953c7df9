'use client';

import { useEffect, useState } from 'react';
import type { Dictionary } from '@/lib/i18n/dictionary';
import { fill } from '@/lib/i18n/text';

/**
 * "Copy link" and "Share" for one insight. Copy link copies the insight's
 * `#id` URL and nothing else; Share hands the Web Share API the insight's
 * title, who said it, and that URL, and falls back to copying the URL. The
 * outcome is announced, in a bubble that floats over the page so the buttons
 * never move.
 */
export function InsightActions({ path, title, text, labels }: { path: string; title: string; text: string; labels: Dictionary['insight'] }) {
  const [message, setMessage] = useState('');

  // The bubble goes after a few seconds; the live region has announced it by then.
  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => setMessage(''), 4000);
    return () => clearTimeout(timer);
  }, [message]);

  const url = () => new URL(path, window.location.origin).href;
  // Neither rejects: each reports its outcome in the status message.
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url());
      setMessage(labels.copied);
    } catch {
      setMessage(labels.copyFailed);
    }
  };
  const share = async () => {
    if (typeof navigator.share !== 'function') return copy();
    try {
      await navigator.share({ title, text, url: url() });
      setMessage(labels.shared);
    } catch (error) {
      // Closing the share sheet is not a failure; anything else falls back to copying.
      if (!(error instanceof DOMException && error.name === 'AbortError')) await copy();
    }
  };

  const button =
    'inline-flex min-h-7 items-center rounded-md border border-zinc-300 px-2.5 text-xs font-medium text-zinc-700 hover:bg-zinc-100 pointer-coarse:min-h-11 pointer-coarse:min-w-11 pointer-coarse:px-3 pointer-coarse:text-sm dark:border-zinc-700 dark:text-zinc-300 dark:hover:bg-zinc-800';
  return (
    <div className="relative flex items-center gap-2 print:hidden">
      <button type="button" onClick={() => void copy()} className={button} aria-label={fill(labels.copyLinkTo, { title })}>
        {labels.copyLink}
      </button>
      <button type="button" onClick={() => void share()} className={button} aria-label={fill(labels.shareTitle, { title })}>
        {labels.share}
      </button>
      {/* Out of the flow: showing the message moves nothing. */}
      <span
        role="status"
        className="pointer-events-none absolute right-0 top-full z-10 mt-1 w-max max-w-[calc(100vw-2rem)] rounded-md bg-zinc-900 px-2 py-1 text-xs text-white shadow empty:hidden dark:bg-zinc-100 dark:text-zinc-900"
      >
        {message}
      </span>
    </div>
  );
}
