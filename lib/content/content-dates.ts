import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { contentRoot } from '.';
import { perContentVersion } from './content-version';

/** When a content file was first and last committed (`YYYY-MM-DD`). */
export interface FileDates {
  published: string;
  modified: string;
}

/**
 * Commit dates of every file under `<root>/content`, keyed like ContentIssue
 * files (`content/speakers/kim-ogg.md`), from one `git log`. Deterministic
 * for a commit, unlike a build time. Empty outside a git checkout (generated
 * corpora), and files never committed have no entry: their pages carry no date.
 */
export function readFileDates(root: string): Map<string, FileDates> {
  const dates = new Map<string, FileDates>();
  const log = spawnSync('git', ['log', '--format=%x00%cs', '--name-only', '--no-renames', '--relative', '--', '.'], {
    cwd: path.join(root, 'content'),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (log.status !== 0) return dates;
  // Newest commit first: the first date seen is the last change, the last one seen the first.
  for (const commit of log.stdout.split('\0').slice(1)) {
    const [date = '', ...files] = commit.split('\n').filter(Boolean);
    for (const file of files) {
      const key = `content/${file}`;
      const known = dates.get(key);
      dates.set(key, { published: date, modified: known?.modified ?? date });
    }
  }
  return dates;
}

const fileDates = perContentVersion('file-dates', readFileDates, contentRoot);

/** The dates of one content file, if it was ever committed. */
export function getFileDates(file: string): FileDates | undefined {
  return fileDates().get(file);
}

/** The last change among the files a page is made from (`YYYY-MM-DD`), if any was committed. */
export function lastModified(files: Iterable<string>): string | undefined {
  let latest: string | undefined;
  for (const file of files) {
    const modified = getFileDates(file)?.modified;
    if (modified && (!latest || modified > latest)) latest = modified;
  }
  return latest;
}
