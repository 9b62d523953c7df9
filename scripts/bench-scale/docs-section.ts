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
 * A row is known by its first cell, the insight count.
 */
export function writeDocs(file: string, result: ScaleResult): void {
  const text = readFileSync(file, 'utf8');
  const summary = /<!-- bench:scale summary -->\n([\s\S]*?)\n<!-- \/bench:scale summary -->/.exec(text)?.[1] ?? '';
  const rows = summary.split('\n').filter((line) => line.startsWith('|')).slice(SUMMARY_HEADER.length);
  const key = (row: string) => Number(row.split('|')[1]?.trim().replace(/,/g, ''));
  const others = rows.filter((row) => key(row) !== result.insights);
  const sorted = [...others, summaryRow(result)].sort((a, b) => key(a) - key(b));
  const withRow = replaceBetween(text, 'bench:scale summary', [...SUMMARY_HEADER, ...sorted].join('\n'));
  writeFileSync(file, replaceBetween(withRow, `bench:scale n=${result.insights}`, detailLines(result).join('\n')));
}
