import type { ScaleResult } from './result';

const count = (value: number) => value.toLocaleString('en');
/** One decimal, with thousands separators (1,679.2). */
const decimal = (value: number) => value.toLocaleString('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const kb = (bytes: number) => `${decimal(bytes / 1024)} KB`;
const mb = (bytes: number) => `${decimal(bytes / 1024 / 1024)} MB`;
const seconds = (ms: number) => `${decimal(ms / 1000)} s`;

/** The one JSON object of `--json`. */
export function jsonReport(result: ScaleResult): string {
  const { insights, pages, buildMs, peakRssMb, outBytes, maxHtmlBytes, maxHtmlPath, search, pagefind, ...detail } = result;
  return JSON.stringify({ insights, pages, buildMs, peakRssMb, outBytes, maxHtmlBytes, maxHtmlPath, search, pagefind, ...detail });
}

export const SUMMARY_HEADER = [
  '| Insights | Pages | Cards drawn | Build | `next build` | Peak memory, RSS / PSS | `out/` | Largest page (raw / gzip) | Search, first query (median, gzip) | Pagefind 1.6.0, first query | Keystroke → results (median) |',
  '| --: | --: | --: | --: | --: | --: | --: | :-- | --: | --: | --: |',
];

/** A first build draws every card; a rebuild draws none: the table keeps one row of each per N. */
const cardsDrawn = ({ cards }: ScaleResult) => `${count(cards.rendered)} of ${count(cards.rendered + cards.reused)}`;

/** The row of docs/scale.md's summary table for this run. */
export function summaryRow(result: ScaleResult): string {
  return `| ${count(result.insights)} | ${count(result.pages)} | ${cardsDrawn(result)} | ${seconds(result.buildMs)} | ${seconds(result.stepsMs['next build'] ?? NaN)} | ${count(result.peakRssMb)} MB / ${result.peakPssMb === undefined ? '–' : `${count(result.peakPssMb)} MB`} | ${mb(result.outBytes)} | \`${result.maxHtmlPath}\` ${kb(result.maxHtmlBytes)} / ${kb(result.maxHtmlGzipBytes)} | ${kb(result.search.firstQueryBytes)} | ${kb(result.pagefind.firstQueryBytes)} | ${result.search.keystrokeMedianMs} ms |`;
}

/** The details of one run: build steps, cards, and every query's first-query bytes. */
export function detailLines(result: ScaleResult): string[] {
  return [
    `${count(result.insights)} insights (${result.realInsights} real, ${count(result.syntheticSpeakers)} synthetic speakers), ${count(result.pages)} HTML pages.`,
    '',
    `Build steps: ${Object.entries(result.stepsMs).map(([step, ms]) => `${step} ${seconds(ms)}`).join(', ')}; quote cards: ${count(result.cards.rendered)} rendered, ${count(result.cards.reused)} reused from the card cache.`,
    '',
    '| Query | Ours (gzip) | Files | Pagefind (gzip) | Files |',
    '| :-- | --: | --: | --: | --: |',
    ...result.queries.map((entry) => `| \`${entry.query}\` | ${kb(entry.bytes)} | ${entry.files} | ${kb(entry.pagefindBytes)} | ${entry.pagefindFiles} |`),
  ];
}

/** What a person reads on the terminal. */
export function humanReport(result: ScaleResult): string {
  return [...SUMMARY_HEADER, summaryRow(result), '', ...detailLines(result)].join('\n');
}
