'use client';

import type { InsightActionText } from '@/lib/i18n/island-texts';
import { fill } from '@/lib/i18n/text';
import { StatusBubble, useStatusMessage } from './status-bubble';

/**
 * "Copy link" and "Share" for one insight. Copy link copies the insight's
 * `#id` URL and nothing else. Share hands the Web Share API the insight's
 * title, who said it, and the insight's own page (`sharePath`), whose link
 * preview is the insight's card; without the API it copies that page's URL.
 * The outcome is announced, in a bubble that floats over the page so the
 * buttons never move.
 */
export function InsightActions({ path, sharePath, title, text, labels }: { path: string; sharePath: string; title: string; text: string; labels: InsightActionText }) {
  const [message, setMessage] = useStatusMessage();

  const url = (to: string) => new URL(to, window.location.origin).href;
  // Neither rejects: each reports its outcome in the status message.
  const copy = async (to: string) => {
    try {
      await navigator.clipboard.writeText(url(to));
      setMessage(labels.copied);
    } catch {
      setMessage(labels.copyFailed);
    }
  };
  const share = async () => {
    if (typeof navigator.share !== 'function') return copy(sharePath);
    try {
      await navigator.share({ title, text, url: url(sharePath) });
      setMessage(labels.shared);
    } catch (error) {
      // Closing the share sheet is not a failure; anything else falls back to copying.
      if (!(error instanceof DOMException && error.name === 'AbortError')) await copy(sharePath);
    }
  };

  const button =
    'inline-flex min-h-7 items-center rounded-md border border-zinc-300 px-2.5 text-xs font-medium text-zinc-700 hover:bg-zinc-100 pointer-coarse:min-h-11 pointer-coarse:min-w-11 pointer-coarse:px-3 pointer-coarse:text-sm dark:border-zinc-700 dark:text-zinc-300 dark:hover:bg-zinc-800';
  return (
    <div className="relative flex items-center gap-2 print:hidden">
      <button type="button" onClick={() => void copy(path)} className={button} aria-label={fill(labels.copyLinkTo, { title })}>
        {labels.copyLink}
      </button>
      <button type="button" onClick={() => void share()} className={button} aria-label={fill(labels.shareTitle, { title })}>
        {labels.share}
      </button>
      <StatusBubble message={message} align="right" />
    </div>
  );
}
