import { ChartFrame, type ChartText } from './chart-frame';
import { linearScale, numbers, percent } from './chart-scale';

/** One bar: a single value, drawn from zero. */
export interface Bar {
  key: string;
  label: string;
  /** The value as the source writes it, shown in the value column. */
  valueText: string;
  value: number;
}

/** A value drawn as a dashed line across the bars (a baseline to compare against). */
export interface ReferenceLine {
  label: string;
  /** Its row in the data table, which says it is the dashed line. */
  rowLabel: string;
  valueText: string;
  value: number;
}

export interface BarChartProps extends ChartText {
  bars: readonly Bar[];
  reference?: ReferenceLine;
}

// Columns in percent of the width: labels from 0, bars from PLOT_START across
// PLOT_SPAN, values right-aligned at 100%. At 288px (a 320px screen) that leaves
// about 98px for a label and 46px for a value such as "125%".
const PLOT_START = 36;
const PLOT_SPAN = 48;
// Rows and bands in CSS px.
const PAD = 6;
const ROW = 32;
const BAR = 16;
const LEGEND = 34;
const SWATCH = 22;
const OVERSHOOT = 6;

const barClass = 'fill-brand-600 dark:fill-brand-100';
// The reference line sits on a halo of the page colour, so it reads across bars and background.
const haloClass = 'stroke-white dark:stroke-zinc-950';
const lineClass = 'stroke-zinc-900 dark:stroke-zinc-100';

/**
 * A horizontal bar chart in three columns (label, bar, value), so no line or
 * bar ever crosses a label. A reference value is a dashed line across the
 * bars only, named in a legend under them.
 */
export function BarChart({ id, title, description, caption, bars, reference, columns, tableCaption, tableLabel }: BarChartProps) {
  const x = linearScale(Math.max(...bars.map((bar) => bar.value), reference?.value ?? 0), PLOT_SPAN);
  const plotBottom = PAD + bars.length * ROW;
  const height = plotBottom + (reference ? LEGEND : PAD);
  const referenceX = reference ? percent(PLOT_START + x(reference.value)) : undefined;
  // The line overshoots the first and last bars a little, and no further.
  const lineTop = PAD + (ROW - BAR) / 2 - OVERSHOOT;
  const lineBottom = plotBottom - (ROW - BAR) / 2 + OVERSHOOT;
  const legendY = plotBottom + LEGEND / 2 + 2;
  const rows = bars.map((bar) => ({ key: bar.key, label: bar.label, written: bar.valueText, number: numbers.format(bar.value) }));
  if (reference) rows.push({ key: 'reference', label: reference.rowLabel, written: reference.valueText, number: numbers.format(reference.value) });
  return (
    <ChartFrame id={id} title={title} description={description} caption={caption} height={height} columns={columns} rows={rows} tableCaption={tableCaption} tableLabel={tableLabel}>
      {bars.map((bar, index) => {
        const middle = PAD + index * ROW + ROW / 2;
        return (
          <g key={bar.key}>
            <text x="0" y={middle} dominantBaseline="central">
              {bar.label}
            </text>
            <rect x={percent(PLOT_START)} y={middle - BAR / 2} width={percent(Math.max(x(bar.value), 0.5))} height={BAR} className={barClass} />
            <text x="100%" y={middle} dominantBaseline="central" textAnchor="end" fontWeight={600}>
              {bar.valueText}
            </text>
          </g>
        );
      })}
      {reference && referenceX && (
        <g>
          <line x1={referenceX} x2={referenceX} y1={lineTop} y2={lineBottom} strokeWidth={5} className={haloClass} />
          <line x1={referenceX} x2={referenceX} y1={lineTop} y2={lineBottom} strokeWidth={2} strokeDasharray="5 4" className={lineClass} />
          <line x1="0" x2={SWATCH} y1={legendY} y2={legendY} strokeWidth={2} strokeDasharray="5 4" className={lineClass} />
          <text x={SWATCH + 8} y={legendY} dominantBaseline="central">
            {reference.label}: {reference.valueText}
          </text>
        </g>
      )}
    </ChartFrame>
  );
}
