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
  const { reference } = chart;
  const all = reference ? [...chart.bars, reference] : chart.bars;
  // A chart exists because a figure named it, and all its figures share one unit (lib/content/figures.ts checks).
  const unit = unitLabel((all[0] as Figure).unit);
  const hasRange = chart.bars.some((figure) => figure.value === undefined);
  const description = [
    // Read out after the title (aria-labelledby names both), so it does not repeat it.
    hasRange ? 'Range chart on one scale from zero.' : 'Horizontal bar chart.',
    `${chart.bars.map((figure) => `${figure.chartLabel}: ${figureText(figure)}`).join('; ')}.`,
    reference ? `Dashed line: ${reference.chartLabel}, ${figureText(reference)}.` : '',
  ].join(' ').trim();
  const citers = unique(all, (figure) => figure.citedBy);
  const sources = unique(all, (figure) => figure.source);
  const caption = (
    <>
      <span className="block">
        {hasRange
          ? `Each row is a figure as the report gives it, in ${unit}, on one scale from zero: a range is a bar labelled at both ends, a single figure a dot.`
          : `Each bar is a figure as the report gives it, in ${unit}.`}
        {reference && ` Dashed line: ${reference.label}, ${qualifiedDisplay(reference)}.`}
      </span>
      <span className="block">
        Cited by:{' '}
        {citers.map((figure, index) => (
          <span key={figure.citedBy}>
            {index > 0 && ', '}
            <CitedBy slug={figure.citedBy} />
          </span>
        ))}
        . Source:{' '}
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
    title: chart.title,
    description,
    caption,
    columns: [chart.category, 'As the report gives it', 'Number'] as const,
    tableCaption: `${chart.title}, in ${unit}`,
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
      reference={reference?.value !== undefined ? { label: label(reference), valueText: qualifiedDisplay(reference), value: reference.value } : undefined}
    />
  );
}
