'use client';

import { useEffect, useState } from 'react';

/** A short outcome message ("Copied") that clears itself after a few seconds, once the live region has announced it. */
export function useStatusMessage(): [string, (message: string) => void] {
  const [message, setMessage] = useState('');
  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => setMessage(''), 4000);
    return () => clearTimeout(timer);
  }, [message]);
  return [message, setMessage];
}

/** The message in a bubble out of the flow, under its buttons: showing it moves nothing. */
export function StatusBubble({ message, align }: { message: string; align: 'left' | 'right' }) {
  return (
    <span
      role="status"
      className={`pointer-events-none absolute top-full z-10 mt-1 w-max max-w-[calc(100vw-2rem)] rounded-md bg-zinc-900 px-2 py-1 text-xs text-white shadow empty:hidden dark:bg-zinc-100 dark:text-zinc-900 ${align === 'left' ? 'left-0' : 'right-0'}`}
    >
      {message}
    </span>
  );
}
