import matter from 'gray-matter';
import type { ContentIssue } from './content-error';
import { parseYamlBlock, type YamlBlock } from './yaml-block';

/** A content file split into its validated-to-be-parseable parts. */
export interface SourceFile {
  /** Path relative to the project root. */
  file: string;
  frontmatter: YamlBlock;
  /** The Markdown after the frontmatter. */
  body: string;
  /** How many file lines precede `body` (add to a body line to get a file line). */
  bodyLineOffset: number;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes strictly: a stray Latin-1 byte is an error, never a silent U+FFFD. */
export function decodeUtf8(bytes: Uint8Array, file: string, issues: ContentIssue[]): string | undefined {
  try {
    return utf8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const before = lossy.slice(0, lossy.indexOf('\uFFFD'));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    issues.push({ file, line, column, field: 'encoding', message: 'expected UTF-8 text, got bytes that are not UTF-8' });
    return undefined;
  }
}

/** Splits frontmatter from body and parses the frontmatter; records issues. */
export function parseSourceFile(
  bytes: Uint8Array,
  file: string,
  issues: ContentIssue[],
  { requireBody }: { requireBody: boolean },
): SourceFile | undefined {
  const text = decodeUtf8(bytes, file, issues);
  if (text === undefined) return undefined;
  if (text.trim() === '') {
    issues.push({ file, line: 1, field: 'file', message: 'expected frontmatter and Markdown, got an empty file' });
    return undefined;
  }
  if (!/^---\r?\n/.test(text)) {
    issues.push({ file, line: 1, field: 'frontmatter', message: `expected a first line "---", got ${JSON.stringify(text.split('\n')[0])}` });
    return undefined;
  }
  // gray-matter only splits the file: its YAML engine is replaced because
  // ours keeps dates as strings and reports positions. Passing options also
  // bypasses gray-matter's cache, which hides a second parse's errors.
  const parsed = matter(text, { engines: { yaml: () => ({}) } });
  const frontmatter = parseYamlBlock(parsed.matter, file, 1, issues);
  const bodyLineOffset = text.slice(0, text.length - parsed.content.length).split('\n').length - 1;
  if (requireBody && parsed.content.trim() === '') {
    issues.push({ file, line: bodyLineOffset + 1, field: 'body', message: 'expected Markdown after the frontmatter, got nothing' });
    return undefined;
  }
  return frontmatter && { file, frontmatter, body: parsed.content, bodyLineOffset };
}
