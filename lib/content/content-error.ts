/** One problem in one content file, located as precisely as the source allows. */
export interface ContentIssue {
  /** Path relative to the project root, e.g. `content/speakers/x.md`. */
  file: string;
  /** 1-based line, when it can be known. */
  line?: number;
  /** 1-based column, when it can be known. */
  column?: number;
  /** The field (`date`, `topics[1]`) or part (`yaml`, `body`, `link`) at fault. */
  field: string;
  /** What was expected and what was found: `expected …, got …`. */
  message: string;
}

function location(issue: ContentIssue): string {
  if (issue.line === undefined) return issue.file;
  return issue.column === undefined ? `${issue.file}:${issue.line}` : `${issue.file}:${issue.line}:${issue.column}`;
}

export function formatIssue(issue: ContentIssue): string {
  return `${location(issue)} ${issue.field}: ${issue.message}`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** All issues, sorted by file and line, then a count: `3 errors in 2 files`. */
export function formatIssues(issues: readonly ContentIssue[]): string {
  const sorted = [...issues].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
  const files = new Set(sorted.map((issue) => issue.file)).size;
  return [...sorted.map(formatIssue), `${plural(sorted.length, 'error')} in ${plural(files, 'file')}`].join('\n');
}

/** Thrown once, after every file was checked, listing every problem found. */
export class ContentError extends Error {
  constructor(readonly issues: readonly ContentIssue[]) {
    super(`Invalid content:\n${formatIssues(issues)}`);
    this.name = 'ContentError';
  }
}

/** Shows a found value the way an author wrote it: strings quoted, null as empty. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}…` : value);
  if (Array.isArray(value)) return `a list (${JSON.stringify(value).slice(0, 80)})`;
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${value}`;
  // Parsed YAML holds nothing else; name the type of anything that gets here anyway.
  return typeof value;
}
