/** Numbers as the data table writes them: 10000 → "10,000". */
export const numbers = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/**
 * An SVG length in percent of the chart's width. Charts have no viewBox, so
 * x positions are percentages (the card's width varies) while y and text are
 * CSS px (the text keeps the page's size).
 */
export function percent(value: number): string {
  return `${Number(value.toFixed(3))}%`;
}

/** The scale of a chart from zero: the percent of the width a value takes, across `span` percent. */
export function linearScale(largest: number, span: number): (value: number) => number {
  return (value) => (largest > 0 ? (value / largest) * span : 0);
}
