import path from 'node:path';
import { ContentError } from '../lib/content/content-error';
import { contentRoot } from '../lib/content';
import { describeSummary, validateAllContent } from '../lib/content/validate-all';

/**
 * `npm run check`: validates all content the way the build does, without
 * building a page. Exit 1 and the build's own located messages on any problem.
 */
const started = performance.now();
try {
  const summary = validateAllContent();
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const where = path.relative(process.cwd(), path.join(contentRoot(), 'content')) || '.';
  console.log(`Content OK (${where}/): ${describeSummary(summary)}; checked in ${seconds} s.`);
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exit(1);
}
