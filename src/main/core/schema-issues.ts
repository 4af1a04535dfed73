import type { z } from 'zod';
import type { ArticleIssue } from '@shared/errors';
import { locateYamlKey } from './locate-yaml-key';

type ZodIssue = z.core.$ZodIssue;

/**
 * Turns zod issues into `schema` ArticleIssues: one per zod issue, with the
 * dotted field, a message that names the field, and the file line of the key.
 * `yaml` is the raw frontmatter text, whose first line is file line 2.
 */
export function schemaIssues(issues: readonly ZodIssue[], data: Record<string, unknown>, yaml: string): ArticleIssue[] {
  return issues.map((issue) => toArticleIssue(issue, data, yaml));
}

const FRONTMATTER_FIRST_LINE = 2;

function toArticleIssue(issue: ZodIssue, data: Record<string, unknown>, yaml: string): ArticleIssue {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const field = path.join('.');
  const value = valueAt(data, path);

  if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_union')) {
    // A missing key has no line of its own: point at its parent key, or at the opening `---`.
    const parentLine = path.length > 1 ? locateYamlKey(yaml, path.slice(0, -1)) : null;
    return {
      code: 'schema',
      field,
      message: `Missing required field \`${field}\`; add it to the frontmatter.`,
      line: parentLine === null ? 1 : parentLine + FRONTMATTER_FIRST_LINE - 1,
    };
  }

  const keyLine = locateYamlKey(yaml, path);
  return {
    code: 'schema',
    field,
    message: `\`${field}\`: ${describe(issue)}${found(value)}`,
    line: keyLine === null ? 1 : keyLine + FRONTMATTER_FIRST_LINE - 1,
  };
}

/** For unions, the branch whose type matched says more than "Invalid input". */
function describe(issue: ZodIssue): string {
  if (issue.code !== 'invalid_union') return issue.message;
  const branches = issue.errors.flat();
  const specific = branches.find((b) => b.code !== 'invalid_type');
  if (specific) return specific.message;
  const expected = [...new Set(branches.flatMap((b) => (b.code === 'invalid_type' ? [b.expected] : [])))];
  return expected.length > 0 ? `Invalid input: expected ${expected.join(' or ')}` : issue.message;
}

function found(value: unknown): string {
  if (typeof value === 'string') return ` (found ${JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value)})`;
  if (typeof value === 'number' || typeof value === 'boolean') return ` (found ${String(value)})`;
  if (value === null) return ' (found an empty value)';
  if (Array.isArray(value)) return ' (found a list)';
  if (value instanceof Date) return ` (found ${value.toISOString()})`;
  if (typeof value === 'object') return ' (found a mapping)';
  return '';
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let current: unknown = data;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}
