import { contentRoot } from '../lib/content';
import { ContentError } from '../lib/content/content-error';
import { writeContentSnapshot } from '../lib/content/content-version';
import { describeSummary, validateAllContent } from '../lib/content/validate-all';
// Imported for their named memos, so the snapshot holds the page table, list pages and search files too.
import '../lib/paged-lists';
import '../lib/pages';
import '../lib/search/build-payload';

/**
 * The build's first step, in a process of its own (scripts/build.ts): loads,
 * checks and renders the content, and writes the snapshot that Next's page
 * workers and the post-build steps read (into the folder named on its command line).
 * Its own process, so that the memory this takes (some 1.4 GB at 10,000
 * insights) is given back before `next build` starts. Prints one JSON line:
 * the content summary and the two steps' times. Bad content: every error, exit 1.
 */
const dir = process.argv[2]!;
try {
  let start = performance.now();
  const summary = describeSummary(validateAllContent());
  const validateMs = Math.round(performance.now() - start);
  start = performance.now();
  writeContentSnapshot(dir, contentRoot());
  console.log(JSON.stringify({ summary, validateMs, snapshotMs: Math.round(performance.now() - start) }));
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(`\n${error.message}`);
  process.exitCode = 1;
}
