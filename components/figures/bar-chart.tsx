import type { ReactNode } from 'react';

/** One bar: a single value, or a range drawn from `min` to `max`. */
export interface Bar {
  key: string;
  label: string;
  /** The value as the source writes it, shown at the end of the row. */
  valueText: string;
  value?: number;
  min?: number;
  max?: number;
}

/** A value drawn as a dashed line across the bars (a baseline to compare against). */
export interface ReferenceLine {
  label: string;
  valueText: string;
  value: number;
}

export interface BarChartProps {
  /** Prefix of the chart's element ids; unique on the page. */
  id: string;
  title: string;
  /** The data in words: the SVG's <desc>, read out with the title. */
  description: string;
  /** Shown under the title in the <figcaption>. */
  caption: ReactNode;
  bars: readonly Bar[];
  reference?: ReferenceLine;
  /** Column headings of the data table: bar labels, values as written, numbers. */
  columns: readonly [category: string, written: string, number: string];
  /** The data table's caption, e.g. naming the unit of the numbers; the title by default. */
  tableCaption?: string;
}

// Geometry in viewBox units. 14-unit text stays at least 12px down to a 288px
// wide chart (a 320px screen), which min-w keeps it from going below.
const WIDTH = 336;
const FONT = 14;
const ROW = 48;
const LABEL_BASELINE = 16;
const BAR_TOP = 24;
const BAR_HEIGHT = 16;
const REFERENCE_BAND = 24;

const numbers = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

function numberText(bar: Bar): string {
  if (bar.value !== undefined) return numbers.format(bar.value);
  return `${numbers.format(bar.min ?? 0)}–${numbers.format(bar.max ?? 0)}`;
}

// Text sits on a stroke of the page colour (paint-order: stroke), so the
// reference line never runs through a label unreadably.
const textClass = 'fill-zinc-900 stroke-white dark:fill-zinc-100 dark:stroke-zinc-950';
const halo = { strokeWidth: 4, strokeLinejoin: 'round', paintOrder: 'stroke' } as const;

/**
 * A horizontal bar chart drawn at build time: an SVG image whose title and
 * description carry the data in words, a visible caption, and the same data
 * as a table for anyone who cannot or would rather not read the bars.
 */
export function BarChart({ id, title, description, caption, bars, reference, columns, tableCaption = title }: BarChartProps) {
  const top = reference ? REFERENCE_BAND : 0;
  const height = top + bars.length * ROW;
  const largest = Math.max(...bars.map((bar) => bar.max ?? bar.value ?? 0), reference?.value ?? 0);
  const x = (value: number) => (largest > 0 ? (value / largest) * WIDTH : 0);
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  return (
    // No card padding on phones: the chart's min-w (12px text) then still fits a 320px screen.
    <figure className="sm:rounded-lg sm:border sm:border-zinc-200 sm:p-4 sm:dark:border-zinc-800">
      <figcaption className="mb-3 space-y-1 text-sm text-zinc-700 dark:text-zinc-300">
        <span className="block text-base font-semibold text-zinc-900 dark:text-zinc-100">{title}</span>
        {caption}
      </figcaption>
      <svg
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        viewBox={`0 0 ${WIDTH} ${height}`}
        width={WIDTH}
        height={height}
        fontSize={FONT}
        className="block h-auto w-full min-w-[18rem] max-w-md overflow-visible"
      >
        <title id={titleId}>{title}</title>
        <desc id={descId}>{description}</desc>
        {bars.map((bar, index) => {
          const y = top + index * ROW + BAR_TOP;
          if (bar.value !== undefined) {
            return <rect key={bar.key} x={0} y={y} width={Math.max(x(bar.value), 2)} height={BAR_HEIGHT} className="fill-brand-600 dark:fill-brand-100" />;
          }
          const start = x(bar.min ?? 0);
          return (
            <g key={bar.key}>
              {/* A range starts at its low end: the dashed track says the bar does not begin at zero. */}
              <line x1={0} x2={start} y1={y + BAR_HEIGHT / 2} y2={y + BAR_HEIGHT / 2} strokeWidth={2} strokeDasharray="3 3" className="stroke-zinc-500 dark:stroke-zinc-400" />
              <rect x={start} y={y} width={Math.max(x(bar.max ?? 0) - start, 2)} height={BAR_HEIGHT} className="fill-brand-600 dark:fill-brand-100" />
            </g>
          );
        })}
        {reference && (
          <line
            x1={x(reference.value)}
            x2={x(reference.value)}
            y1={REFERENCE_BAND - 6}
            y2={height}
            strokeWidth={2}
            strokeDasharray="5 4"
            className="stroke-zinc-700 dark:stroke-zinc-300"
          />
        )}
        {reference && (
          <text
            x={x(reference.value) + (x(reference.value) > WIDTH / 2 ? -4 : 4)}
            y={FONT}
            textAnchor={x(reference.value) > WIDTH / 2 ? 'end' : 'start'}
            className={textClass}
            {...halo}
          >
            {reference.label}: {reference.valueText}
          </text>
        )}
        {bars.map((bar, index) => {
          const y = top + index * ROW + LABEL_BASELINE;
          return (
            <g key={bar.key}>
              <text x={0} y={y} className={textClass} {...halo}>
                {bar.label}
              </text>
              <text x={WIDTH} y={y} textAnchor="end" fontWeight={600} className={textClass} {...halo}>
                {bar.valueText}
              </text>
            </g>
          );
        })}
      </svg>
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer font-medium text-brand-700 hover:underline dark:text-brand-100">Data table</summary>
        <table className="mt-2 w-full border-collapse text-left">
          <caption className="mb-1 text-left text-zinc-700 dark:text-zinc-300">{tableCaption}</caption>
          <thead>
            <tr className="border-b border-zinc-300 dark:border-zinc-700">
              {columns.map((column) => (
                <th key={column} scope="col" className="py-1 pr-3 font-semibold">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.key} className="border-b border-zinc-200 dark:border-zinc-800">
                <th scope="row" className="py-1 pr-3 font-normal">
                  {bar.label}
                </th>
                <td className="py-1 pr-3">{bar.valueText}</td>
                <td className="py-1 tabular-nums">{numberText(bar)}</td>
              </tr>
            ))}
            {reference && (
              <tr className="border-b border-zinc-200 dark:border-zinc-800">
                <th scope="row" className="py-1 pr-3 font-normal">
                  {reference.label} (dashed line)
                </th>
                <td className="py-1 pr-3">{reference.valueText}</td>
                <td className="py-1 tabular-nums">{numbers.format(reference.value)}</td>
              </tr>
            )}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
