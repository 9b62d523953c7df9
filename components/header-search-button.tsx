'use client';

/**
 * The phone header's search button: one tap focuses the header search box,
 * which then shows itself (it is shown while focus is inside it). Before
 * hydration, or without JavaScript, it is a plain link to the search page.
 */
export function HeaderSearchButton({ href, label }: { href: string; label: string }) {
  return (
    <a
      href={href}
      onClick={(event) => {
        const box = event.currentTarget.closest('header')?.querySelector<HTMLInputElement>('input[role="combobox"]');
        if (!box) return;
        event.preventDefault();
        box.focus();
      }}
      className="flex h-11 w-11 items-center justify-center rounded-md text-zinc-700 hover:bg-zinc-100 lg:hidden dark:text-zinc-300 dark:hover:bg-zinc-800"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-6 w-6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
        <circle cx="11" cy="11" r="6.5" />
        <path d="M16 16l4.5 4.5" />
      </svg>
      <span className="sr-only">{label}</span>
    </a>
  );
}
