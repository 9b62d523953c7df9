'use client';

import { useState } from 'react';

/**
 * "Copy link" and "Share" for one insight. Both hand over a ready citation:
 * the insight, who said it, their role, the conference, and the URL with
 * the insight's #id. Share uses the Web Share API where there is one and
 * falls back to copying. The outcome is announced to screen readers.
 */
export function InsightActions({ path, title, citation }: { path: string; title: string; citation: string }) {
  const [message, setMessage] = useState('');

  const url = () => new URL(path, window.location.origin).href;
  // Neither rejects: each reports its outcome in the status message.
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(`${citation}\n${url()}`);
      setMessage('Link and citation copied');
    } catch {
      setMessage('Could not copy. Select the address bar to copy the link.');
    }
  };
  const share = async () => {
    if (typeof navigator.share !== 'function') return copy();
    try {
      await navigator.share({ title, text: citation, url: url() });
      setMessage('Shared');
    } catch (error) {
      // Closing the share sheet is not a failure; anything else falls back to copying.
      if (!(error instanceof DOMException && error.name === 'AbortError')) await copy();
    }
  };

  const button =
    'min-h-6 rounded-md border border-zinc-300 px-2 py-0.5 text-xs font-medium text-zinc-700 hover:bg-zinc-100 dark:border-zinc-700 dark:text-zinc-300 dark:hover:bg-zinc-800';
  return (
    <div className="flex items-center gap-2 print:hidden">
      <button type="button" onClick={() => void copy()} className={button} aria-label={`Copy link to “${title}”`}>
        Copy link
      </button>
      <button type="button" onClick={() => void share()} className={button} aria-label={`Share “${title}”`}>
        Share
      </button>
      <span role="status" className="text-xs text-brand-700 dark:text-brand-100">
        {message}
      </span>
    </div>
  );
}
