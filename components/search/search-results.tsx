'use client';

import { useSearchParams } from 'next/navigation';
import { useEffect, useId, useMemo, useRef, useState, type MouseEvent } from 'react';
import type { Dictionary } from '@/lib/i18n/dictionary';
import type { Lang } from '@/lib/i18n/locales';
import { fill, plural } from '@/lib/i18n/text';
import { snippet } from '@/lib/search/query';
import type { FacetCount, SearchFilters, SearchKind } from '@/lib/search/types';
import { readSearchState, resultUrl, searchUrl, type SearchState } from '@/lib/search/url';
import { Highlighted, noMatch } from './highlighted';
import { eventLabel, kindLabel, kindsLabel, resultMeta, type ResultText } from './result-meta';
import { PAGE_SIZE, useSearch } from './use-search';

export interface FacetLabels {
  speaker: Record<string, string>;
  topic: Record<string, string>;
}

const FACETS: readonly (keyof SearchFilters)[] = ['type', 'speaker', 'topic', 'event'];

/**
 * The full results page. Its state lives in the URL (q, type, speaker, topic,
 * event): typing replaces the history entry, choosing a facet pushes one,
 * so a search is a shareable link and back/forward work. Facets sit in a
 * sidebar on wide screens and in a "Filters" disclosure above the results on
 * narrow ones, where choosing one closes it and moves focus to the count.
 * It shows PAGE_SIZE results, then PAGE_SIZE more per “Show more”, whose
 * fragments are fetched then; the count is always of every result.
 */
export function SearchResults({ labels, lang, text }: { labels: FacetLabels; lang: Lang; text: Dictionary['search'] }) {
  const words: ResultText = { lang, text };
  const query = useSearchParams().toString();
  // A new state only when the URL changes, so the search below reruns only then.
  const state = useMemo(() => readSearchState(new URLSearchParams(query)), [query]);
  // How many results are shown: a page at first, and again for each new query or filter.
  const [shown, setShown] = useState(PAGE_SIZE);
  const [shownFor, setShownFor] = useState(query);
  if (shownFor !== query) {
    setShownFor(query);
    setShown(PAGE_SIZE);
  }
  const { ready: engine, failed, start, view } = useSearch(lang, state.q, state, { shown, facets: true });
  // The input keeps what was typed; the URL keeps the same text. When the URL's
  // text changes otherwise (back, forward, a link), the input follows it.
  const [draft, setDraft] = useState(state.q);
  const [draftOf, setDraftOf] = useState(state.q);
  if (draftOf !== state.q) {
    setDraftOf(state.q);
    setDraft(state.q);
  }

  const [filtersOpen, setFiltersOpen] = useState(false);
  const filtersId = useId();
  const disclosure = useRef<HTMLButtonElement>(null);
  const count = useRef<HTMLParagraphElement>(null);
  // Set by choosing a facet in the disclosure; the count takes focus once the new results render.
  const focusCount = useRef(false);
  const list = useRef<HTMLOListElement>(null);
  // Set by “Show more”: the first added result takes focus once it renders, so a keyboard user reads on from there.
  const focusResult = useRef<number | undefined>(undefined);

  useEffect(start, [start]);

  useEffect(() => {
    const index = focusResult.current;
    if (index === undefined || !view || view.docs.length <= index) return;
    focusResult.current = undefined;
    list.current?.querySelectorAll<HTMLAnchorElement>('h2 a')[index]?.focus();
  }, [view]);

  useEffect(() => {
    if (!focusCount.current || !count.current) return;
    focusCount.current = false;
    count.current.focus({ preventScroll: true });
    count.current.scrollIntoView({ block: 'start' });
  }, [state]);

  const response = view?.response;
  const label = (key: keyof SearchFilters, value: string) =>
    key === 'event' ? eventLabel(value, words) : key === 'type' ? kindsLabel(value as SearchKind, words) : (labels[key][value] ?? value);

  const navigate = (next: SearchState, push: boolean) => {
    const url = searchUrl(next, lang);
    if (push) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  };
  const follow = (next: SearchState) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    navigate(next, true);
    // Only where the filters are a disclosure (its button shown): on a phone the results stay in view.
    if (disclosure.current?.checkVisibility()) {
      setFiltersOpen(false);
      focusCount.current = true;
    }
  };

  const active = FACETS.filter((key) => state[key]);
  const hasQuery = state.q.trim() !== '' || active.length > 0;
  const results = response?.results ?? [];
  const docs = view?.docs ?? [];
  const terms = response?.terms ?? [];
  const matches = response?.matches ?? noMatch;

  return (
    <div className="grid min-h-screen content-start gap-x-8 gap-y-4 lg:grid-cols-[16rem_minmax(0,1fr)] lg:grid-rows-[auto_1fr]">
      <div className="lg:col-start-2">
        <form role="search" aria-label={text.pageForm} action={searchUrl({ q: '' }, lang)} method="get" onSubmit={(event) => event.preventDefault()} className="flex gap-2">
          <label htmlFor="search-page-input" className="sr-only">
            {text.label}
          </label>
          <input
            id="search-page-input"
            name="q"
            type="search"
            autoComplete="off"
            spellCheck={false}
            value={draft}
            placeholder={text.pagePlaceholder}
            onChange={(event) => {
              setDraft(event.target.value);
              navigate({ ...state, q: event.target.value }, false);
            }}
            className="min-w-0 flex-1 rounded-md border border-zinc-300 bg-white px-4 py-2 text-zinc-900 placeholder:text-zinc-600 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100 dark:placeholder:text-zinc-400"
          />
        </form>
        {active.length > 0 && (
          <p className="mt-3 flex flex-wrap items-center gap-2 text-sm">
            <span>{text.filteredBy}</span>
            {active.map((key) => (
              <a
                key={key}
                href={searchUrl({ ...state, [key]: undefined }, lang)}
                onClick={follow({ ...state, [key]: undefined })}
                className="rounded-full border border-zinc-300 px-2.5 py-0.5 hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
                aria-label={fill(text.removeFilter, { legend: text.facet[key], value: label(key, state[key]!) })}
              >
                {text.facet[key]}: {label(key, state[key]!)} ×
              </a>
            ))}
          </p>
        )}
      </div>
      {/* Shown with the query, not when the index arrives, so the results below never move down to make room. */}
      {hasQuery && !failed && (
        <div className="lg:col-start-1 lg:row-span-2 lg:row-start-1">
          <button
            ref={disclosure}
            type="button"
            aria-expanded={filtersOpen}
            aria-controls={filtersId}
            onClick={() => setFiltersOpen(!filtersOpen)}
            className="flex min-h-11 w-full items-center justify-between rounded-md border border-zinc-300 px-4 py-2 text-sm font-semibold lg:hidden dark:border-zinc-700"
          >
            {text.filters}
            {active.length > 0 ? ` (${active.length})` : ''}
            <span aria-hidden="true">{filtersOpen ? '▴' : '▾'}</span>
          </button>
          <aside id={filtersId} aria-label={text.filters} className={`${filtersOpen ? 'mt-4' : 'hidden'} space-y-6 text-sm lg:mt-0 lg:block`}>
            {FACETS.map((key) => (
              <Facet key={key} legend={text.facet[key]} text={text} lang={lang} counts={response?.facets?.[key] ?? []} selected={state[key]} label={(value) => label(key, value)} href={(value) => ({ ...state, [key]: state[key] === value ? undefined : value })} follow={follow} />
            ))}
          </aside>
        </div>
      )}
      <div className="lg:col-start-2">
        <p ref={count} role="status" tabIndex={-1} className="scroll-mt-24 text-sm text-zinc-700 dark:text-zinc-300">
          {failed
            ? text.failedReload
            : !hasQuery
              ? text.prompt
              : !engine
                ? text.loading
                : state.q.trim()
                  ? fill(text.resultsFor, { results: plural(text.resultCount, results.length), query: state.q.trim().slice(0, 80) })
                  : plural(text.resultCount, results.length)}
        </p>
        {engine && hasQuery && results.length > 0 && (
          <ol ref={list} aria-label={text.results} className="mt-4 space-y-4">
            {docs.map((doc) => (
              <li key={doc.id} className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
                <article>
                  <p className="text-xs font-medium uppercase tracking-wide text-zinc-600 dark:text-zinc-400">{kindLabel(doc, words)}</p>
                  <h2 className="font-semibold">
                    <a href={resultUrl(doc.url, terms)} className="text-brand-700 hover:underline dark:text-brand-100">
                      <Highlighted text={doc.title} matches={matches} />
                    </a>
                  </h2>
                  {resultMeta(doc, words) && <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">{resultMeta(doc, words)}</p>}
                  <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
                    <Highlighted text={snippet(doc.body, matches)} matches={matches} />
                  </p>
                </article>
              </li>
            ))}
          </ol>
        )}
        {engine && hasQuery && docs.length < results.length && (
          <div className="mt-6 flex flex-wrap items-center gap-4 text-sm">
            <p id={`${filtersId}-shown`}>{fill(text.showing, { shown: docs.length, total: results.length })}</p>
            <button
              type="button"
              aria-describedby={`${filtersId}-shown`}
              onClick={() => {
                focusResult.current = docs.length;
                setShown(docs.length + PAGE_SIZE);
              }}
              className="min-h-11 rounded-md border border-zinc-300 px-4 py-2 font-semibold hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
            >
              {fill(text.showMore, { count: Math.min(PAGE_SIZE, results.length - docs.length) })}
            </button>
          </div>
        )}
        {engine && (!hasQuery || results.length === 0) && (
          <Suggestions labels={labels} state={state} follow={follow} empty={hasQuery} lang={lang} text={text} />
        )}
      </div>
    </div>
  );
}

function Facet({
  legend,
  text,
  lang,
  counts,
  selected,
  label,
  href,
  follow,
}: {
  legend: string;
  text: Dictionary['search'];
  lang: Lang;
  counts: FacetCount[];
  selected?: string;
  label: (value: string) => string;
  href: (value: string) => SearchState;
  follow: (next: SearchState) => (event: MouseEvent<HTMLAnchorElement>) => void;
}) {
  if (counts.length === 0) return null;
  return (
    <nav aria-label={fill(text.filterBy, { legend: legend.toLowerCase() })}>
      <h2 className="mb-2 font-semibold">{legend}</h2>
      <ul className="space-y-1">
        {counts.map(({ value, count }) => (
          <li key={value}>
            <a
              href={searchUrl(href(value), lang)}
              onClick={follow(href(value))}
              aria-current={selected === value ? 'true' : undefined}
              className="flex justify-between gap-2 rounded px-2 py-1 hover:bg-zinc-100 aria-[current]:bg-brand-50 aria-[current]:font-semibold dark:hover:bg-zinc-800 dark:aria-[current]:bg-brand-800/60"
            >
              <span>{label(value)}</span>
              <span className="text-zinc-600 dark:text-zinc-400">
                {count}
                <span className="sr-only"> {text.resultsCount}</span>
              </span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Suggestions({
  labels,
  state,
  follow,
  empty,
  lang,
  text,
}: {
  lang: Lang;
  text: Dictionary['search'];
  labels: FacetLabels;
  state: SearchState;
  follow: (next: SearchState) => (event: MouseEvent<HTMLAnchorElement>) => void;
  empty: boolean;
}) {
  const link = (next: SearchState, text: string) => (
    <a href={searchUrl(next, lang)} onClick={follow(next)} className="text-brand-700 underline dark:text-brand-100">
      {text}
    </a>
  );
  return (
    <div className="mt-6 space-y-4 text-sm">
      {empty && (
        <p>
          {text.noResults}
          {(state.type || state.speaker || state.topic || state.event) && (
            <>
              {' '}
              {text.clearFilters.split('{link}')[0]}
              {link({ q: state.q }, text.clearFiltersLink)}
              {text.clearFilters.split('{link}')[1]}
            </>
          )}
        </p>
      )}
      {(['topic', 'speaker'] as const).map((facet) => (
        <section key={facet} aria-labelledby={`suggest-${facet}`}>
          <h2 id={`suggest-${facet}`} className="mb-2 font-semibold">
            {text.browseBy[facet]}
          </h2>
          <ul className="flex flex-wrap gap-x-4 gap-y-2">
            {Object.entries(labels[facet]).map(([value, text]) => (
              <li key={value}>{link({ q: '', [facet]: value }, text)}</li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
