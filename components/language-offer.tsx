'use client';

import { useSyncExternalStore } from 'react';
import type { Dictionary } from '@/lib/i18n/dictionary';
import type { Lang } from '@/lib/i18n/locales';
import { counterpartPath } from './language-switch';

/** Remembered once the reader follows or dismisses the offer: it is made once. */
export const OFFER_KEY = 'insights-language-offer';

const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

function remember(): void {
  try {
    localStorage.setItem(OFFER_KEY, 'shown');
  } catch {
    // Storage blocked: the offer then goes for this page only.
  }
  for (const listener of listeners) listener();
}

/** Whether the browser's preferred languages put `lang` before `pageLang`, and the offer was never answered. */
function wanted(lang: Lang, pageLang: Lang): boolean {
  try {
    if (localStorage.getItem(OFFER_KEY)) return false;
  } catch {
    // Storage blocked: the answer could not be remembered, so the offer is not made.
    return false;
  }
  for (const preferred of navigator.languages ?? [navigator.language]) {
    const base = preferred.toLowerCase().split('-')[0];
    if (base === lang) return true;
    if (base === pageLang) return false;
  }
  return false;
}

/**
 * Offers this page in `to`, in that language, to a browser that prefers it:
 * once, dismissibly, never redirecting. It floats under the header, so
 * appearing after hydration moves nothing on the page. The built
 * page never has it: the reader's languages are only known in the browser.
 */
export function LanguageOffer({ to, from = 'en', text }: { to: Lang; from?: Lang; text: Dictionary['language'] }) {
  const show = useSyncExternalStore(subscribe, () => wanted(to, from), () => false);
  if (!show) return null;
  const href = `${counterpartPath(window.location.pathname, to)}${window.location.search}${window.location.hash}`;
  return (
    <div
      role="region"
      aria-label={text.offer}
      lang={to}
      data-language-offer
      // Under the sticky header, clear of the search highlight bar at the bottom.
      className="fixed inset-x-4 top-[calc(var(--header-offset)+0.5rem)] z-40 flex justify-end print:hidden sm:left-auto"
    >
      <p className="flex flex-wrap items-center justify-center gap-x-3 gap-y-1 rounded-2xl border border-zinc-300 bg-white px-4 py-2 text-sm shadow-lg dark:border-zinc-700 dark:bg-zinc-900">
        <span>{text.offer}</span>
        <a href={href} hrefLang={to} onClick={remember} className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline dark:text-brand-100">
          {text.offerLink}
        </a>
        <button
          type="button"
          onClick={remember}
          className="inline-flex min-h-11 items-center rounded-full border border-zinc-300 px-3 font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
        >
          {text.dismiss}
        </button>
      </p>
    </div>
  );
}
