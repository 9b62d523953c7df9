import type { ReactNode } from 'react';
import { ChartFrame, type ChartText } from './chart-frame';
import { linearScale, numbers, percent } from './chart-scale';

/** One row: a single value (a dot) or a range from `min` to `max` (a bar). */
export interface RangeRow {
  key: string;
  label: string;
  /** The value as the source writes it. */
  valueText: string;
  value?: number;
  min?: number;
  max?: number;
}

export interface RangeChartProps extends ChartText {
  rows: readonly RangeRow[];
}

// x in percent: the scale runs from zero at PLOT_START to the largest value at
// PLOT_START + PLOT_SPAN, inset so a dot at either end is not cut off.
const PLOT_START = 2;
const PLOT_SPAN = 96;
// Each row stacks three lines in CSS px: its label, its marks on a track, the values.
const ROW = 76;
const LABEL_Y = 10;
const MARK_Y = 34;
const VALUE_Y = 58;
const BAR = 16;
const DOT = 7;

const markClass = 'fill-brand-600 dark:fill-brand-100';
const trackClass = 'stroke-zinc-300 dark:stroke-zinc-700';

function numberText(row: RangeRow): string {
  if (row.value !== undefined) return numbers.format(row.value);
  return `${numbers.format(row.min ?? 0)}–${numbers.format(row.max ?? 0)}`;
}

/** A value label under a mark, aligned at `at` (percent) and moved by `dx` px. */
function ValueLabel({ at, anchor, dx = 0, y, children }: { at: number; anchor: 'start' | 'end'; dx?: number; y: number; children: ReactNode }) {
  return (
    <text x={percent(at)} dx={dx} y={y} dominantBaseline="central" textAnchor={anchor} fontWeight={600}>
      {children}
    </text>
  );
}

/**
 * Figures that are ranges beside single values ("5,000 to 10,000" then
 * "approximately 200"): one row each on a shared scale from zero, drawn as a
 * track. A range is a bar with both ends labelled; a single value is a dot.
 * Labels have lines of their own, so nothing is drawn through them.
 */
export function RangeChart({ id, title, description, caption, rows, columns, tableCaption, tableLabel }: RangeChartProps) {
  const largest = Math.max(...rows.map((row) => row.max ?? row.value ?? 0));
  const x = (value: number) => PLOT_START + linearScale(largest, PLOT_SPAN)(value);
  const height = rows.length * ROW - (ROW - VALUE_Y - 12);
  const table = rows.map((row) => ({ key: row.key, label: row.label, written: row.valueText, number: numberText(row) }));
  return (
    <ChartFrame id={id} title={title} description={description} caption={caption} height={height} columns={columns} rows={table} tableCaption={tableCaption} tableLabel={tableLabel}>
      {rows.map((row, index) => {
        const top = index * ROW;
        const mark = top + MARK_Y;
        const values = top + VALUE_Y;
        return (
          <g key={row.key}>
            <text x="0" y={top + LABEL_Y} dominantBaseline="central">
              {row.label}
            </text>
            <line x1={percent(x(0))} x2={percent(x(largest))} y1={mark} y2={mark} strokeWidth={2} className={trackClass} />
            {row.value !== undefined ? (
              <>
                <circle cx={percent(x(row.value))} cy={mark} r={DOT} className={markClass} />
                {/* Aligned with the dot's outer edge, and growing towards the middle so it stays inside the chart. */}
                <ValueLabel at={x(row.value)} anchor={x(row.value) < 50 ? 'start' : 'end'} dx={x(row.value) < 50 ? -DOT : DOT} y={values}>
                  {row.valueText}
                </ValueLabel>
              </>
            ) : (
              <>
                <rect x={percent(x(row.min ?? 0))} y={mark - BAR / 2} width={percent(x(row.max ?? 0) - x(row.min ?? 0))} height={BAR} rx={3} className={markClass} />
                <ValueLabel at={x(row.min ?? 0)} anchor="start" y={values}>
                  {numbers.format(row.min ?? 0)}
                </ValueLabel>
                <ValueLabel at={x(row.max ?? 0)} anchor="end" y={values}>
                  {numbers.format(row.max ?? 0)}
                </ValueLabel>
              </>
            )}
          </g>
        );
      })}
    </ChartFrame>
  );
}
