'use client';

import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { SearchBoxText } from '@/lib/i18n/island-texts';
import type { Lang } from '@/lib/i18n/locales';
import { fill, plural } from '@/lib/i18n/text';
import { snippet } from '@/lib/search/query';
import { resultUrl, searchUrl } from '@/lib/search/url';
import { Highlighted, noMatch } from './highlighted';
import { kindLabel, resultMeta } from './result-meta';
import { useSearch } from './use-search';

const MAX_SUGGESTIONS = 7;
const NO_FILTERS = {};

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/**
 * The header search: a WAI-ARIA combobox with a listbox popup. `/` or
 * Ctrl/Cmd-K focuses it; arrows move through results, Enter opens one,
 * Escape closes and returns focus to where it was. Without JavaScript it
 * is a plain form that submits to /search/.
 */
export function SearchBox({ lang, text }: { lang: Lang; text: SearchBoxText }) {
  const words = { lang, text };
  const id = useId();
  const listboxId = `${id}-listbox`;
  const formRef = useRef<HTMLFormElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  // Only the suggestions shown are fetched as text; the count and “See all” are of every result.
  const { failed, start: load, view } = useSearch(lang, query.trim(), NO_FILTERS, { shown: MAX_SUGGESTIONS, facets: false });
  // The suggestions of the last query stay while this one's shards arrive; the count and last option wait for this one's.
  const engine = view !== undefined && view.query === query.trim();

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      const shortcut = (event.key === 'k' || event.key === 'K') && (event.metaKey || event.ctrlKey);
      if (!shortcut && !(event.key === '/' && !isTyping(event.target))) return;
      event.preventDefault();
      if (document.activeElement !== inputRef.current) returnFocus.current = document.activeElement as HTMLElement | null;
      inputRef.current?.focus();
      inputRef.current?.select();
    };
    window.addEventListener('keydown', onKey);
    // Marks the form once its keyboard shortcuts are live (after hydration), in
    // the same step that makes them live; tests and scripts wait for it.
    const form = formRef.current;
    if (form) form.dataset.enhanced = 'true';
    return () => {
      window.removeEventListener('keydown', onKey);
      if (form) delete form.dataset.enhanced;
    };
  }, []);

  const response = query.trim() ? view?.response : undefined;
  const results = query.trim() ? (view?.docs ?? []) : [];
  const terms = response?.terms ?? [];
  const matches = response?.matches ?? noMatch;
  // The last option always leads to the full results page.
  const optionCount = query.trim() ? results.length + 1 : 0;
  const expanded = open && query.trim() !== '';
  const allUrl = searchUrl({ q: query }, lang);

  const go = (url: string) => window.location.assign(url);
  const openOption = (index: number) => go(index < results.length ? resultUrl(results[index]!.url, terms) : allUrl);

  const close = (restoreFocus: boolean) => {
    setOpen(false);
    setActive(-1);
    if (restoreFocus && returnFocus.current) {
      returnFocus.current.focus();
      returnFocus.current = null;
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (optionCount === 0) return;
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      // Wraps around: past the last option back to the first, and up from the first to the last.
      setActive((current) => (current === -1 && step === -1 ? optionCount - 1 : (current + step + optionCount) % optionCount));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (active >= 0 && active < optionCount) openOption(active);
      else if (query.trim()) go(allUrl);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (expanded) close(true);
      else {
        setQuery('');
        close(true);
      }
    }
  };

  const optionId = (index: number) => `${id}-option-${index}`;
  const status = !query.trim()
    ? ''
    : failed
      ? text.failed
      : !engine
        ? text.loading
        : plural(text.resultCount, response?.results.length ?? 0);

  return (
    <form
      ref={formRef}
      action={searchUrl({ q: '' }, lang)}
      method="get"
      role="search"
      aria-label={text.form}
      onSubmit={(event) => event.preventDefault()}
    >
      <label htmlFor={`${id}-input`} className="sr-only">
        {text.label}
      </label>
      {/* The popup is placed against the search box's panel (phones) or the box (lg), so it fits narrow screens. */}
      <span className="relative block">
        <input
          ref={inputRef}
          id={`${id}-input`}
          name="q"
          // `text`, not `search`: the APG combobox pattern puts role="combobox" on a text input, and HTML
          // allows neither that role nor aria-expanded on type="search". What `search` gave a reader is
          // kept: the keyboard's search key and layout (enterKeyHint, inputMode), no autofill or
          // spelling marks, Escape to clear (onKeyDown) and a clear button (below).
          type="text"
          enterKeyHint="search"
          inputMode="search"
          autoComplete="off"
          spellCheck={false}
          placeholder={text.placeholder}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listboxId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          aria-keyshortcuts="/ Control+K Meta+K"
          value={query}
          onFocus={load}
          onPointerEnter={load}
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => close(false)}
          className="w-full rounded-md border border-zinc-300 bg-white py-1.5 pl-3 pr-8 text-sm pointer-coarse:min-h-11 pointer-coarse:pr-12 pointer-coarse:text-base text-zinc-900 placeholder:text-zinc-600 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100 dark:placeholder:text-zinc-400"
        />
        {query === '' ? (
          <kbd className="pointer-events-none absolute right-2 top-1/2 hidden -translate-y-1/2 rounded border border-zinc-300 px-1.5 text-xs text-zinc-600 sm:block dark:border-zinc-700 dark:text-zinc-400" aria-hidden="true">
            /
          </kbd>
        ) : (
          // What the native clear button of type="search" did: for pointer and touch, out of the Tab order
          // (keyboards clear with Escape); focus stays in the box.
          <button
            type="button"
            tabIndex={-1}
            aria-label={text.clear}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => {
              setQuery('');
              close(false);
              inputRef.current?.focus();
            }}
            className="absolute right-1 top-1/2 flex min-h-6 min-w-6 -translate-y-1/2 items-center justify-center rounded text-base leading-none pointer-coarse:right-0 pointer-coarse:min-h-11 pointer-coarse:min-w-11 text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-zinc-100"
          >
            <span aria-hidden="true">×</span>
          </button>
        )}
      </span>
      <p role="status" className="sr-only">
        {status}
      </p>
      <ul
        id={listboxId}
        role="listbox"
        aria-label={text.suggestions}
        hidden={!expanded}
        className="absolute inset-x-4 top-full z-40 mt-1 max-h-[70vh] overflow-y-auto lg:inset-x-auto lg:left-0 lg:w-[36rem] rounded-lg border border-zinc-200 bg-white p-1 shadow-xl dark:border-zinc-700 dark:bg-zinc-900"
      >
        {expanded && !engine && (
          <li role="presentation" className="px-3 py-2 text-sm text-zinc-600 dark:text-zinc-400">
            {status}
          </li>
        )}
        {results.map((doc, index) => (
          <li
            key={doc.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => openOption(index)}
            className="cursor-pointer rounded-md px-3 py-2 aria-selected:bg-brand-50 dark:aria-selected:bg-brand-800/60"
          >
            <span className="block text-sm font-semibold text-zinc-900 dark:text-zinc-100">
              <span className="mr-2 rounded bg-zinc-100 px-1.5 py-0.5 text-xs font-medium uppercase tracking-wide text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300">
                {kindLabel(doc, words)}
              </span>
              <Highlighted text={doc.title} matches={matches} />
            </span>
            {resultMeta(doc, words) && <span className="block text-xs text-zinc-700 dark:text-zinc-300">{resultMeta(doc, words)}</span>}
            <span className="mt-0.5 block text-xs text-zinc-600 dark:text-zinc-400">
              <Highlighted text={snippet(doc.body, matches, 120)} matches={matches} />
            </span>
          </li>
        ))}
        {engine && query.trim() && (
          <li
            id={optionId(results.length)}
            role="option"
            aria-selected={active === results.length}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => openOption(results.length)}
            className="cursor-pointer rounded-md px-3 py-2 text-sm font-medium text-brand-700 aria-selected:bg-brand-50 dark:text-brand-100 dark:aria-selected:bg-brand-800/60"
          >
            {results.length === 0 ? fill(text.noMatches, { query: query.trim().slice(0, 60) }) : fill(text.seeAll, { count: response?.results.length ?? 0 })}
          </li>
        )}
      </ul>
    </form>
  );
}
