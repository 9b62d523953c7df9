import { qualifiedDisplay, type Figure } from '@/lib/content/figures';
import { cardClass, cardTitleLinkClass } from './card-styles';

/** A figure at a glance: the number as the report writes it, and what it counts; links to its place on /figures/. */
export function FigureCard({ figure }: { figure: Figure }) {
  return (
    <li className={cardClass}>
      {/* A long figure ("approximately 200") may break anywhere rather than widen a narrow column. */}
      <p className="font-heading text-2xl font-semibold wrap-anywhere text-brand-700 sm:text-3xl dark:text-brand-100">
        <a href={figure.href} className={cardTitleLinkClass}>
          {qualifiedDisplay(figure)}
        </a>
      </p>
      <p className="line-clamp-3 text-xs text-zinc-700 sm:text-sm dark:text-zinc-300">{figure.label}</p>
    </li>
  );
}
