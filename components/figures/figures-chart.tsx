import { inlineLinkClass } from '@/components/link-styles';
import { figureText, qualifiedDisplay, unitLabel, type Figure, type FigureChart } from '@/lib/figures';
import { BarChart, type Bar } from './bar-chart';
import { CitedBy } from './cited-by';

function bar(figure: Figure): Bar {
  return { key: figure.id, label: figure.chartLabel ?? figure.label, valueText: qualifiedDisplay(figure), value: figure.value, min: figure.min, max: figure.max };
}

/** Each distinct value once, in first-seen order (several bars often share a source). */
function unique<T>(items: readonly T[], key: (item: T) => string): T[] {
  const byKey = new Map<string, T>();
  for (const item of items) if (!byKey.has(key(item))) byKey.set(key(item), item);
  return [...byKey.values()];
}

/** One chart group of content/figures.yml as an accessible bar chart, with its sources. */
export function FiguresChart({ chart }: { chart: FigureChart }) {
  const { reference } = chart;
  const all = reference ? [...chart.bars, reference] : chart.bars;
  // A chart exists because a figure named it, and all its figures share one unit (lib/figures.ts checks).
  const unit = unitLabel((all[0] as Figure).unit);
  const description = [
    // Read out after the title (aria-labelledby names both), so it does not repeat it.
    'Horizontal bar chart.',
    `${chart.bars.map((figure) => `${figure.chartLabel}: ${figureText(figure)}`).join('; ')}.`,
    reference ? `Dashed line: ${reference.chartLabel}, ${figureText(reference)}.` : '',
  ].join(' ').trim();
  const citers = unique(all, (figure) => figure.citedBy);
  const sources = unique(all, (figure) => figure.source);
  return (
    <BarChart
      id={`chart-${chart.id}`}
      title={chart.title}
      description={description}
      bars={chart.bars.map(bar)}
      reference={reference && reference.value !== undefined ? { label: reference.chartLabel ?? reference.label, valueText: qualifiedDisplay(reference), value: reference.value } : undefined}
      columns={[chart.category, 'As the report gives it', 'Number']}
      tableCaption={`${chart.title}, in ${unit}`}
      caption={
        <>
          <span className="block">
            Each bar is a figure as the report gives it, in {unit}
            {chart.bars.some((figure) => figure.value === undefined) && '; a range is drawn from its low to its high end'}.
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
      }
    />
  );
}
