import { inlineLinkClass } from '@/components/link-styles';
import { qualifiedDisplay, unitLabel, type Figure } from '@/lib/figures';
import { CitedBy } from './cited-by';

/**
 * One figure, as the target of its permalink /figures/#<id>: scroll-mt keeps
 * it below the sticky header, and the ring marks it when it is the :target.
 */
export function FigureItem({ figure }: { figure: Figure }) {
  return (
    <li
      id={figure.id}
      className="scroll-mt-20 rounded-lg border border-zinc-200 p-4 target:ring-2 target:ring-accent-400 target:ring-offset-2 target:ring-offset-white dark:border-zinc-800 dark:target:ring-offset-zinc-950"
    >
      <p className="font-serif text-2xl font-bold text-brand-700 dark:text-brand-100">{qualifiedDisplay(figure)}</p>
      <p className="mt-1 font-medium">
        {figure.label}
        <a href={`#${figure.id}`} className="heading-anchor" aria-label={`Link to this figure: ${figure.label}`} />
      </p>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm text-zinc-700 dark:text-zinc-300">
        <dt className="font-semibold">Unit</dt>
        <dd>{unitLabel(figure.unit)}</dd>
        <dt className="font-semibold">Cited by</dt>
        <dd>
          <CitedBy slug={figure.citedBy} />
        </dd>
        {figure.basedOn && (
          <>
            <dt className="font-semibold">According to</dt>
            <dd>{figure.basedOn}</dd>
          </>
        )}
        {figure.countedFrom && (
          <>
            <dt className="font-semibold">Counted from</dt>
            <dd>the report’s list: “{figure.countedFrom}”</dd>
          </>
        )}
        <dt className="font-semibold">Source</dt>
        <dd>
          <a href={figure.source} data-testid="figure-source" className={inlineLinkClass}>
            {figure.sourceTitle}
          </a>
        </dd>
      </dl>
    </li>
  );
}
