'use client';

import { useEffect, useRef, useState } from 'react';
import type { HighlighterText } from '@/lib/i18n/island-texts';
import type { Lang } from '@/lib/i18n/locales';
import { fill } from '@/lib/i18n/text';
import { loadSearchLanguage } from '@/lib/search/load-language';
import { highlightParts, queryTerms, termMatcher, type WordMatcher } from '@/lib/search/query';

// Not inside SVG: an HTML <mark> there renders nothing (chart titles on /figures/ hold numbers).
const SKIP = 'script, style, svg, mark, form, [data-no-highlight]';
/** The current match stands out from the others (Tailwind sees these class names here). */
const CURRENT = ['outline-2', 'outline-offset-1', 'outline-brand-700', 'dark:outline-brand-100'];

/** Wraps matching words of `root`'s text in <mark>, with DOM text nodes only. */
function markTerms(root: HTMLElement, matches: WordMatcher): HTMLElement[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  const marks: HTMLElement[] = [];
  for (const node of nodes) {
    const parts = highlightParts(node.data, matches);
    if (!parts.some((part) => part.mark)) continue;
    const fragment = document.createDocumentFragment();
    for (const part of parts) {
      if (!part.mark) {
        fragment.append(document.createTextNode(part.text));
        continue;
      }
      const mark = document.createElement('mark');
      mark.dataset.searchHit = '';
      mark.className = 'search-hit';
      mark.textContent = part.text;
      marks.push(mark);
      fragment.append(mark);
    }
    node.replaceWith(fragment);
  }
  return marks;
}

function unmark(marks: HTMLElement[]): void {
  for (const mark of marks) {
    const parent = mark.parentNode;
    mark.replaceWith(document.createTextNode(mark.textContent ?? ''));
    parent?.normalize();
  }
}

/** The first match at or after the section a deep link points to, so counting starts where the reader lands. */
function firstAtTarget(marks: HTMLElement[]): number {
  const target = window.location.hash ? document.getElementById(decodeURIComponent(window.location.hash.slice(1))) : null;
  if (!target) return 0;
  const index = marks.findIndex((mark) => target.compareDocumentPosition(mark) & (Node.DOCUMENT_POSITION_FOLLOWING | Node.DOCUMENT_POSITION_CONTAINED_BY));
  return Math.max(index, 0);
}

/**
 * Keeps the page's scroll padding and end padding at least as tall as the
 * bar (it wraps on a phone), so scrolling a match into view never leaves it
 * under the bar, even at the end of the page.
 */
function useReservedSpace(bar: HTMLElement | null): void {
  useEffect(() => {
    if (!bar) return undefined;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => {
      const space = `${window.innerHeight - bar.getBoundingClientRect().top + 8}px`;
      root.style.scrollPaddingBottom = space;
      document.body.style.paddingBottom = space;
    });
    observer.observe(bar);
    return () => {
      observer.disconnect();
      root.style.scrollPaddingBottom = '';
      document.body.style.paddingBottom = '';
    };
  }, [bar]);
}

/**
 * On arrival from a search result (`?h=terms`), marks the words the search
 * matched (stems included: the stemmer of the page's language loads only on
 * such a visit) and shows a bar to step through them, "match i of N", or to
 * clear them, which also drops `h` from the URL.
 */
export function TermHighlighter({ lang, text }: { lang: Lang; text: HighlighterText }) {
  // `steps`: the marks in the text a reader can be taken to (not in navigation, not hidden).
  const [state, setState] = useState<{ terms: string[]; marks: HTMLElement[]; steps: HTMLElement[] }>();
  const [current, setCurrent] = useState(0);
  const [bar, setBar] = useState<HTMLDivElement | null>(null);
  // Arrival keeps the browser's own scroll to #id; only stepping centres the match.
  const stepped = useRef(false);
  useReservedSpace(state ? bar : null);

  useEffect(() => {
    // The search wrote these terms without stop words, in the page's language (a translated query's included).
    const terms = queryTerms(new URLSearchParams(window.location.search).get('h') ?? '');
    const main = document.getElementById('main');
    if (terms.length === 0 || !main) return undefined;
    let marks: HTMLElement[] = [];
    let cancelled = false;
    void loadSearchLanguage(lang).then(({ stem }) => {
      if (cancelled) return;
      marks = markTerms(main, termMatcher(terms, stem));
      // The marks are DOM nodes just made inside the server-rendered page, which
      // can only happen after hydration; the bar counts them and later removes
      // them, so they become state here, once per page.
      const steps = marks.filter((mark) => !mark.closest('nav') && mark.checkVisibility());
      setCurrent(firstAtTarget(steps));
      setState({ terms, marks, steps });
    });
    return () => {
      cancelled = true;
      unmark(marks);
    };
    // Every page is a document load (plain links), so this runs once per page.
  }, [lang]);

  useEffect(() => {
    const mark = state?.steps[current];
    if (!mark || !bar) return undefined;
    mark.classList.add(...CURRENT);
    mark.setAttribute('data-current', '');
    // The scroll padding (header above, bar below) keeps the match clear of both.
    mark.scrollIntoView({ block: stepped.current ? 'center' : 'nearest' });
    return () => {
      mark.classList.remove(...CURRENT);
      mark.removeAttribute('data-current');
    };
  }, [state, current, bar]);

  if (!state) return null;
  const count = state.steps.length;
  const step = (by: number) => {
    stepped.current = true;
    setCurrent((current + by + count) % count);
  };
  const clear = () => {
    unmark(state.marks);
    setState(undefined);
    const url = new URL(window.location.href);
    url.searchParams.delete('h');
    window.history.replaceState(window.history.state, '', url);
  };
  const button = 'rounded-full px-3 py-1 font-medium';
  return (
    <div ref={setBar} role="region" aria-label={text.highlights} lang={lang} data-no-highlight data-search-marks className="fixed inset-x-0 bottom-4 z-40 flex justify-center px-4 print:hidden">
      <div className="flex flex-wrap items-center justify-center gap-2 rounded-2xl border border-zinc-300 bg-white px-4 py-2 text-sm shadow-lg dark:border-zinc-700 dark:bg-zinc-900">
        <p aria-live="polite" className="min-w-0">
          {count === 0 ? fill(text.noMatchesFor, { terms: state.terms.join(' ') }) : fill(text.matchOf, { current: current + 1, count, terms: state.terms.join(' ') })}
        </p>
        {count > 1 && (
          <>
            <button type="button" onClick={() => step(-1)} aria-label={text.previousMatch} className={`${button} border border-zinc-300 hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800`}>
              <span aria-hidden="true">↑</span> {text.previous}
            </button>
            <button type="button" onClick={() => step(1)} aria-label={text.nextMatch} className={`${button} border border-zinc-300 hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800`}>
              <span aria-hidden="true">↓</span> {text.next}
            </button>
          </>
        )}
        <button type="button" onClick={clear} className={`${button} bg-brand-700 text-white hover:bg-brand-800`}>
          {text.clearHighlights}
        </button>
      </div>
    </div>
  );
}
