import path from 'node:path';
import { allPages, builtHtml } from '../tests/e2e/pages';
import { budgetBytes, firstLoad, markdownTable, readBaseline } from './first-load';

/**
 * `npx tsx scripts/first-load-js.ts`: a Markdown table of every page in
 * out/ with the gzip size of the JS it loads on first paint and the budget
 * (bare Next.js page + 15 KB), for the README. The same numbers are asserted
 * by tests/e2e/budget.spec.ts.
 */
const project = path.resolve(import.meta.dirname, '..');
const out = path.join(project, 'out');
const baseline = readBaseline();
const budget = budgetBytes(baseline);

const byPage = new Map<string, number>();
for (const { file, html } of builtHtml('out')) {
  const page = `/${path.relative('out', file).split(path.sep).join('/')}`.replace(/index\.html$/, '');
  byPage.set(page, firstLoad(out, html).gzipBytes);
}

const rows = allPages().map((page) => {
  const bytes = byPage.get(page);
  if (bytes === undefined) throw new Error(`No HTML for ${page}`);
  return { page, bytes };
});

console.log(markdownTable(rows.map(({ page, bytes }) => ({ page, gzipBytes: bytes })), baseline));
const over = rows.filter((row) => row.bytes > budget);
if (over.length > 0) {
  console.error(`\n${over.length} page(s) over budget: ${over.map((row) => row.page).join(', ')}`);
  process.exitCode = 1;
}
