'use client';

import { useEffect, useState } from 'react';
import { highlightParts, queryTerms } from '@/lib/search/query';

const SKIP = 'script, style, mark, form, [data-no-highlight]';

/** Wraps matching words of `root`'s text in <mark>, with DOM text nodes only. */
function markTerms(root: HTMLElement, terms: string[]): HTMLElement[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  const marks: HTMLElement[] = [];
  for (const node of nodes) {
    const parts = highlightParts(node.data, terms);
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

/**
 * On arrival from a search result (`?h=terms`), marks the terms in the page
 * and offers to dismiss the marks, which also drops `h` from the URL.
 */
export function TermHighlighter() {
  const [state, setState] = useState<{ terms: string[]; marks: HTMLElement[] }>();

  useEffect(() => {
    const terms = queryTerms(new URLSearchParams(window.location.search).get('h') ?? '');
    const main = document.getElementById('main');
    if (terms.length === 0 || !main) return undefined;
    const marks = markTerms(main, terms);
    // The marks are DOM nodes just made inside the server-rendered page, which
    // can only happen after hydration; the banner counts them and later removes
    // them, so they become state here, once per page. There is no store to
    // subscribe to and nothing to compute during render.
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the state is the result of this effect's DOM work
    setState({ terms, marks });
    return () => unmark(marks);
    // Every page is a document load (plain links), so this runs once per page.
  }, []);

  if (!state) return null;
  const clear = () => {
    unmark(state.marks);
    setState(undefined);
    const url = new URL(window.location.href);
    url.searchParams.delete('h');
    window.history.replaceState(window.history.state, '', url);
  };
  return (
    <div role="region" aria-label="Search highlights" data-no-highlight data-search-marks className="fixed inset-x-0 bottom-4 z-40 flex justify-center px-4 print:hidden">
      <p className="flex items-center gap-3 rounded-full border border-zinc-300 bg-white px-4 py-2 text-sm shadow-lg dark:border-zinc-700 dark:bg-zinc-900">
        <span>
          {state.marks.length} match{state.marks.length === 1 ? '' : 'es'} for “{state.terms.join(' ')}” marked
        </span>
        <button type="button" onClick={clear} className="rounded-full bg-brand-700 px-3 py-1 font-medium text-white hover:bg-brand-800">
          Clear highlights
        </button>
      </p>
    </div>
  );
}
