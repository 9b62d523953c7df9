import { fill } from '@/lib/i18n/dictionary';
import { splitTranslatedQuotation } from '@/lib/i18n/quotation';
import { t } from '@/lib/i18n/page-lang';
import { inlineLinkClass } from '@/components/link-styles';
import { qualifiedDisplay, type Figure } from '@/lib/content/figures';

/** "Counted from the report's list: “…”", with the report's English words marked as English in a translation. */
function CountedFrom({ template, list }: { template: string; list: string }) {
  const [before = '', after = ''] = template.split('{list}');
  const split = splitTranslatedQuotation(list);
  return (
    <>
      {before}
      {split ? (
        <>
          <span lang="en">{split.quotation}</span> {split.translation}
        </>
      ) : (
        list
      )}
      {after}
    </>
  );
}

/**
 * One figure, as the target of its permalink /figures/#<id>: scroll-mt keeps
 * it below the sticky header, and the ring (inside the page's padding) marks
 * it when it is the :target. Who cited it and its unit are in its run's caption.
 */
export function FigureItem({ figure }: { figure: Figure }) {
  const text = t().figures;
  return (
    <li
      id={figure.id}
      className="scroll-mt-20 border-b border-zinc-200 px-2 py-2 target:rounded target:bg-accent-400/10 target:ring-2 target:ring-accent-400 dark:border-zinc-800"
    >
      {/* The figure leads its label, and the label links to the passage it comes from: no extra lines per figure. */}
      <p className="leading-snug">
        <span className="mr-2 font-serif text-xl font-bold text-brand-700 dark:text-brand-100">{qualifiedDisplay(figure)}</span>
        <a href={figure.source} data-testid="figure-source" className={inlineLinkClass}>
          {figure.label}
          <span className="sr-only"> ({fill(text.source, { title: figure.sourceTitle })})</span>
        </a>
        <a href={`#${figure.id}`} className="heading-anchor" aria-label={fill(text.linkTo, { label: figure.label })} />
      </p>
      {(figure.basedOn ?? figure.countedFrom) && (
        <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">
          {figure.basedOn && <>{fill(text.accordingTo, { basedOn: figure.basedOn })} </>}
          {figure.countedFrom && <CountedFrom template={text.countedFrom} list={figure.countedFrom} />}
        </p>
      )}
    </li>
  );
}
