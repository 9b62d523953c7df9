'use client';

import { usePathname } from 'next/navigation';
import type { FocusEvent, PointerEvent } from 'react';
import { localizePath, unlocalizePath, type Lang } from '@/lib/i18n/locales';

// The 404 pages as Next names them when it builds them: their counterpart is the other home page.
const NOT_FOUND_PAGES = new Set(['/_not-found/', '/404/']);

/** The same page in `to`: `/speakers/kim-ogg/` ⇄ `/es/speakers/kim-ogg/`. */
export function counterpartPath(pathname: string, to: Lang): string {
  const page = unlocalizePath(pathname.endsWith('/') ? pathname : `${pathname}/`);
  return localizePath(NOT_FOUND_PAGES.has(page) ? '/' : page, to);
}

/**
 * The header's link to this page in the other language. The page is known
 * when the page is built (so it works without JavaScript); the reader's
 * `?query` and `#section` are added the moment the link is pressed or
 * focused, so a search or a deep link carries over, and nothing redirects.
 */
export function LanguageSwitch({ to, name, label }: { to: Lang; name: string; label: string }) {
  const href = counterpartPath(usePathname(), to);
  const withState = (event: PointerEvent<HTMLAnchorElement> | FocusEvent<HTMLAnchorElement>) => {
    event.currentTarget.href = `${counterpartPath(window.location.pathname, to)}${window.location.search}${window.location.hash}`;
  };
  return (
    <a
      href={href}
      hrefLang={to}
      lang={to}
      aria-label={label}
      title={label}
      onPointerDown={withState}
      onFocus={withState}
      data-language-switch
      // A fixed width on wide screens: the header row must not move when the web font replaces the fallback.
      className="flex min-h-11 items-center justify-center rounded-md px-2 text-sm font-semibold lg:w-20 text-zinc-700 hover:bg-zinc-100 hover:text-brand-700 lg:min-h-7 lg:pointer-coarse:min-h-11 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:hover:text-brand-100"
    >
      {name}
    </a>
  );
}
