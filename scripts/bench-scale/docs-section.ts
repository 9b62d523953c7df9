import { readFileSync, writeFileSync } from 'node:fs';
import { detailLines, SUMMARY_HEADER, summaryRow } from './report';
import type { ScaleResult } from './result';

/** The text between `<!-- name -->` and `<!-- /name -->`, replaced; the markers stay. */
function replaceBetween(text: string, name: string, body: string): string {
  const start = `<!-- ${name} -->`;
  const end = `<!-- /${name} -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from === -1 || to < from) throw new Error(`docs/scale.md has no ${start} … ${end} markers`);
  return `${text.slice(0, from + start.length)}\n${body}\n${text.slice(to)}`;
}

/**
 * Updates this run's row of the summary table and its section in `file`
 * (docs/scale.md); other rows, sections and the hand-written prose stay.
 * A row is known by its insight count and whether the build drew cards (a
 * first build) or drew none (a rebuild); so is its section (`n=N`, `n=N rebuild`).
 */
export function writeDocs(file: string, result: ScaleResult): void {
  const text = readFileSync(file, 'utf8');
  const summary = /<!-- bench:scale summary -->\n([\s\S]*?)\n<!-- \/bench:scale summary -->/.exec(text)?.[1] ?? '';
  const rows = summary.split('\n').filter((line) => line.startsWith('|')).slice(SUMMARY_HEADER.length);
  const cells = (row: string) => row.split('|').map((cell) => cell.trim());
  const insights = (row: string) => Number(cells(row)[1]?.replace(/,/g, ''));
  // A cold build (every card drawn) and a rebuild of the same N are different rows.
  const cold = (row: string) => !cells(row)[3]?.startsWith('0 of');
  const row = summaryRow(result);
  const others = rows.filter((other) => insights(other) !== result.insights || cold(other) !== cold(row));
  const sorted = [...others, row].sort((a, b) => insights(a) - insights(b) || Number(cold(b)) - Number(cold(a)));
  const withRow = replaceBetween(text, 'bench:scale summary', [...SUMMARY_HEADER, ...sorted].join('\n'));
  writeFileSync(file, replaceBetween(withRow, `bench:scale n=${result.insights}${cold(row) ? '' : ' rebuild'}`, detailLines(result).join('\n')));
}
