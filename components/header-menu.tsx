'use client';

import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

/**
 * The phone header's menu: a disclosure (APG disclosure navigation) whose
 * button shows and hides `children` (the main navigation and the theme
 * toggle). Escape or a tap outside closes it, and so does moving focus out;
 * Escape returns focus to the button. From `lg` up the button is hidden and
 * the children sit inline in the header row.
 */
export function HeaderMenu({ label, children }: { label: string; children: ReactNode }) {
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  return (
    <div
      ref={rootRef}
      className="lg:contents"
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setOpen(false);
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((current) => !current)}
        className="flex h-11 w-11 items-center justify-center rounded-md text-zinc-700 hover:bg-zinc-100 lg:hidden dark:text-zinc-300 dark:hover:bg-zinc-800"
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-6 w-6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
          {open ? <path d="M6 6l12 12M18 6L6 18" /> : <path d="M4 7h16M4 12h16M4 17h16" />}
        </svg>
        <span className="sr-only">{label}</span>
      </button>
      <div
        id={panelId}
        className={`${open ? 'flex' : 'hidden'} absolute inset-x-0 top-full flex-col gap-4 border-b border-zinc-200 bg-white px-4 pb-4 pt-2 shadow-lg lg:contents dark:border-zinc-800 dark:bg-zinc-950`}
      >
        {children}
      </div>
    </div>
  );
}
