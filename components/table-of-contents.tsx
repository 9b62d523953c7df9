'use client';

import { useEffect, useState } from 'react';

export interface TocItem {
  id: string;
  title: string;
}

/**
 * "On this page", with the section being read marked as you scroll: by colour and a bar, not by weight, since
 * bold text is wider and could wrap to a new line and move the list. `collapsible` puts the list in a
 * closed <details>, for the top of a phone screen, where an open list would push the reading down.
 */
export function TableOfContents({ items, title, collapsible = false, className = '' }: { items: TocItem[]; title: string; collapsible?: boolean; className?: string }) {
  const [active, setActive] = useState<string>();

  useEffect(() => {
    const headings = items.flatMap((item) => document.getElementById(item.id) ?? []);
    // The active section is the last heading that has scrolled past the top band of the viewport.
    const update = () => {
      const line = window.innerHeight * 0.3;
      let current = headings[0]?.id;
      for (const heading of headings) if (heading.getBoundingClientRect().top <= line) current = heading.id;
      setActive(current);
    };
    // Measured on scroll, once per frame: an IntersectionObserver misses headings that a smooth
    // scroll carries past the band within one frame, and then leaves a stale mark.
    let frame = 0;
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(() => {
        frame = 0;
        update();
      });
    };
    update();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
    };
  }, [items]);

  const list = (
    <ol className="space-y-1.5 border-l border-zinc-200 dark:border-zinc-800">
      {items.map((item) => (
        <li key={item.id}>
          <a
            href={`#${item.id}`}
            aria-current={active === item.id ? 'location' : undefined}
            className="-ml-px block border-l-2 border-transparent py-0.5 pl-3 text-zinc-700 hover:underline pointer-coarse:py-3 aria-[current]:border-brand-600 aria-[current]:text-brand-700 dark:text-zinc-300 dark:aria-[current]:border-brand-100 dark:aria-[current]:text-brand-100"
          >
            {item.title}
          </a>
        </li>
      ))}
    </ol>
  );

  return (
    <nav aria-label={title} className={`print:hidden ${className}`}>
      {collapsible ? (
        <details className="rounded-lg border border-zinc-200 px-3 dark:border-zinc-800">
          <summary className="flex min-h-11 cursor-pointer items-center font-semibold">
            {title} <span className="ml-1 font-normal text-zinc-600 dark:text-zinc-400">({items.length})</span>
          </summary>
          <div className="pb-3">{list}</div>
        </details>
      ) : (
        <>
          <h2 className="mb-2 font-semibold">{title}</h2>
          {list}
        </>
      )}
    </nav>
  );
}
