import { fill } from '@/lib/i18n/dictionary';
import { pageLang, t } from '@/lib/i18n/page-lang';
import { inlineLinkClass } from '@/components/link-styles';
import { figureText, qualifiedDisplay, unitLabel, type Figure, type FigureChart } from '@/lib/content/figures';
import { BarChart } from './bar-chart';
import { CitedBy } from './cited-by';
import { RangeChart } from './range-chart';

/** Each distinct value once, in first-seen order (several bars often share a source). */
function unique<T>(items: readonly T[], key: (item: T) => string): T[] {
  const byKey = new Map<string, T>();
  for (const item of items) if (!byKey.has(key(item))) byKey.set(key(item), item);
  return [...byKey.values()];
}

/**
 * One chart group of content/figures.yml, drawn as what its figures are:
 * single values compared as bars, or ranges beside values on one scale.
 */
export function FiguresChart({ chart }: { chart: FigureChart }) {
  const lang = pageLang();
  const text = t().figures;
  const { title, category } = text.chartTexts[chart.id];
  const { reference } = chart;
  const all = reference ? [...chart.bars, reference] : chart.bars;
  // A chart exists because a figure named it, and all its figures share one unit (lib/content/figures.ts checks).
  const unit = unitLabel((all[0] as Figure).unit, lang);
  const hasRange = chart.bars.some((figure) => figure.value === undefined);
  const description = [
    // Read out after the title (aria-labelledby names both), so it does not repeat it.
    hasRange ? text.rangeChart : text.barChart,
    `${chart.bars.map((figure) => `${figure.chartLabel}: ${figureText(figure, lang)}`).join('; ')}.`,
    reference ? fill(text.dashedLine, { label: reference.chartLabel ?? reference.label, value: figureText(reference, lang) }) : '',
  ].join(' ').trim();
  const citers = unique(all, (figure) => figure.citedBy);
  const sources = unique(all, (figure) => figure.source);
  const caption = (
    <>
      <span className="block">
        {fill(hasRange ? text.rangeCaption : text.barCaption, { unit })}
        {reference && ` ${fill(text.dashedLine, { label: reference.label, value: qualifiedDisplay(reference) })}`}
      </span>
      <span className="block">
        {text.citedByList}{' '}
        {citers.map((figure, index) => (
          <span key={figure.citedBy}>
            {index > 0 && ', '}
            <CitedBy slug={figure.citedBy} />
          </span>
        ))}
        . {text.sourceList}{' '}
        {sources.map((figure, index) => (
          <span key={figure.source}>
            {index > 0 && '; '}
            <a href={figure.source} className={inlineLinkClass}>
              {figure.sourceTitle}
            </a>
          </span>
        ))}
      </span>
    </>
  );
  const common = {
    id: `chart-${chart.id}`,
    title,
    description,
    caption,
    columns: [category, text.asGiven, text.number] as const,
    tableCaption: fill(text.tableCaption, { title, unit }),
    tableLabel: text.dataTable,
  };
  const label = (figure: Figure) => figure.chartLabel ?? figure.label;
  if (hasRange) {
    return <RangeChart {...common} rows={chart.bars.map((figure) => ({ key: figure.id, label: label(figure), valueText: qualifiedDisplay(figure), value: figure.value, min: figure.min, max: figure.max }))} />;
  }
  return (
    <BarChart
      {...common}
      // Without a range every figure has a value (lib/content/figures-schema.ts: a value, or min and max).
      bars={chart.bars.map((figure) => ({ key: figure.id, label: label(figure), valueText: qualifiedDisplay(figure), value: figure.value ?? 0 }))}
      reference={
        reference?.value !== undefined
          ? { label: label(reference), rowLabel: fill(text.dashedLegend, { label: label(reference) }), valueText: qualifiedDisplay(reference), value: reference.value }
          : undefined
      }
    />
  );
}
