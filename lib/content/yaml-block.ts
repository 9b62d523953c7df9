import { LineCounter, parseDocument } from 'yaml';
import type { ContentIssue } from './content-error';

export type FieldPath = readonly PropertyKey[];

/** Parsed YAML plus a way to find where a field was written. */
export interface YamlBlock {
  data: unknown;
  /** File position (1-based) of the value at `path`, or of its nearest written ancestor. */
  locate(path: FieldPath): { line: number; column: number };
}

/**
 * Parses YAML with the JSON-compatible core schema, so `2024-02-30` stays the
 * string the author wrote instead of silently becoming another date.
 * `firstLine` is the file line on which `text`'s first line stands.
 */
export function parseYamlBlock(
  text: string,
  file: string,
  firstLine: number,
  issues: ContentIssue[],
): YamlBlock | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, schema: 'core', uniqueKeys: true, prettyErrors: true });
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const offset = error.pos[0];
      issues.push({
        file,
        ...position(offset),
        field: 'yaml',
        message: `expected valid YAML, got a syntax error (${error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')})`,
      });
    }
    return undefined;
  }
  return {
    data: doc.toJS(),
    locate(path) {
      for (let depth = path.length; depth > 0; depth--) {
        const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
        if (node?.range) return position(node.range[0]);
      }
      return position(doc.contents?.range?.[0] ?? 0);
    },
  };
}
