'use client';

import { StatusBubble, useStatusMessage } from './status-bubble';

/** What the button shows and announces, in the page's language. */
export interface CopyTextLabels {
  copy: string;
  copied: string;
  copyFailed: string;
}

/**
 * Copies the text of one element of the page (`source`, its id), made at build time. The text is
 * read from the page, not passed in, so it is not sent twice (HTML and payload). With `rich`, the
 * clipboard gets its HTML too, so a word processor pastes a citation's italics and a plain editor
 * the text. The outcome is announced in a bubble that floats over the page, so nothing moves.
 */
export function CopyTextButton({ source, rich = false, name, labels, className }: { source: string; rich?: boolean; name: string; labels: CopyTextLabels; className: string }) {
  const [message, setMessage] = useStatusMessage();

  const writeRich = (text: string, html: string) =>
    navigator.clipboard.write([
      new ClipboardItem({ 'text/plain': new Blob([text], { type: 'text/plain' }), 'text/html': new Blob([html], { type: 'text/html' }) }),
    ]);
  // Never rejects: a browser without rich clipboard writes gets the plain text; any failure is announced.
  const copy = async () => {
    try {
      const element = document.getElementById(source);
      if (!element) throw new Error(`no element #${source}`);
      const text = element.textContent ?? '';
      await (rich && typeof ClipboardItem === 'function' ? writeRich(text, element.innerHTML).catch(() => navigator.clipboard.writeText(text)) : navigator.clipboard.writeText(text));
      setMessage(labels.copied);
    } catch {
      setMessage(labels.copyFailed);
    }
  };

  return (
    <span className="relative inline-flex">
      <button
        type="button"
        onClick={() => void copy()}
        aria-label={name}
        className={className}
      >
        {labels.copy}
      </button>
      <StatusBubble message={message} align="left" />
    </span>
  );
}
