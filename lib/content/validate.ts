import type { z } from 'zod';
import { describeValue, type ContentIssue } from './content-error';
import type { FieldPath, YamlBlock } from './yaml-block';

type ZodIssue = z.core.$ZodIssue;

/** `topics[1]`, `date`, `insights.title`: a path as an author reads it. */
export function fieldName(path: FieldPath): string {
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

function valueAt(data: unknown, path: FieldPath): unknown {
  let value = data;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

/**
 * A union's own message hides which branch the author meant; when the value
 * has the type of one branch, that branch's issue says more.
 */
function pickUnionBranch(issue: ZodIssue): ZodIssue {
  if (issue.code !== 'invalid_union') return issue;
  const specific = issue.errors.flat().find((inner) => inner.code !== 'invalid_type' && inner.code !== 'invalid_union');
  return specific ? { ...specific, path: [...issue.path, ...specific.path] } : issue;
}

/** Turns zod issues into `field: expected …, got …` issues located in the file. */
export function zodIssues(
  error: z.ZodError,
  block: YamlBlock,
  file: string,
): ContentIssue[] {
  return error.issues.flatMap((raw): ContentIssue[] => {
    const issue = pickUnionBranch(raw);
    const path = issue.path;
    if (issue.code === 'unrecognized_keys') {
      const known = 'keys' in issue ? issue.keys : [];
      return known.map((key) => ({
        file,
        ...block.locate([...path, key]),
        field: fieldName([...path, key]),
        message: 'expected no such field (unknown fields are not allowed; check the spelling), got one',
      }));
    }
    return [
      {
        file,
        ...block.locate(path),
        field: fieldName(path) || 'frontmatter',
        message: `expected ${issue.message}, got ${describeValue(valueAt(block.data, path))}`,
      },
    ];
  });
}

/** Validates `block.data` against `schema`; records issues and returns the data when valid. */
export function validateBlock<T extends z.ZodType>(
  schema: T,
  block: YamlBlock,
  file: string,
  issues: ContentIssue[],
): z.infer<T> | undefined {
  const result = schema.safeParse(block.data ?? {});
  if (result.success) return result.data;
  issues.push(...zodIssues(result.error, block, file));
  return undefined;
}
