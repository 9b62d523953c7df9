import type { ReactNode } from 'react';

/** One row of a chart's data table: the label, the value as the report writes it, and the number. */
export interface TableRow {
  key: string;
  label: string;
  written: string;
  number: string;
}

/** What a chart says in words, whatever it draws: every chart component takes these. */
export interface ChartText {
  /** Prefix of the chart's element ids; unique on the page. */
  id: string;
  title: string;
  /** The data in words: the SVG's <desc>, read out with the title. */
  description: string;
  /** Shown under the title in the <figcaption>. */
  caption: ReactNode;
  /** Column headings of the data table: labels, values as written, numbers. */
  columns: readonly [category: string, written: string, number: string];
  tableCaption: string;
  /** The disclosure's label: "Data table". */
  tableLabel: string;
}

export interface ChartFrameProps extends ChartText {
  /** The drawing's height in CSS px; its width is the card's. */
  height: number;
  rows: readonly TableRow[];
  /** The SVG's marks and text, positioned in CSS px (y) and percent of the width (x). */
  children: ReactNode;
}

/**
 * What every chart shares: a captioned figure, an SVG image whose title and
 * description carry the data in words, and the same data as a table.
 * The SVG has no viewBox, so its text is not scaled: it is text-sm, the
 * caption's size, at every width.
 */
export function ChartFrame({ id, title, description, caption, height, columns, rows, tableCaption, tableLabel, children }: ChartFrameProps) {
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  return (
    <figure className="text-sm sm:rounded-lg sm:border sm:border-zinc-200 sm:p-4 sm:dark:border-zinc-800">
      <figcaption className="mb-3 space-y-1 text-zinc-700 dark:text-zinc-300">
        <span className="block text-base font-semibold text-zinc-900 dark:text-zinc-100">{title}</span>
        {caption}
      </figcaption>
      <svg
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        width="100%"
        height={height}
        className="block fill-zinc-900 text-sm dark:fill-zinc-100"
      >
        <title id={titleId}>{title}</title>
        <desc id={descId}>{description}</desc>
        {children}
      </svg>
      <details className="mt-3">
        <summary className="cursor-pointer py-0.5 font-medium text-brand-700 hover:underline pointer-coarse:py-3 dark:text-brand-100">{tableLabel}</summary>
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
            {rows.map((row) => (
              <tr key={row.key} className="border-b border-zinc-200 dark:border-zinc-800">
                <th scope="row" className="py-1 pr-3 font-normal">
                  {row.label}
                </th>
                <td className="py-1 pr-3">{row.written}</td>
                <td className="py-1 tabular-nums">{row.number}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
