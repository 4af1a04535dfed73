import type { z } from 'zod';
import type { ArticleIssue } from '@shared/errors';
import { fieldLabel } from '@shared/schema/field-label';
import { issueMessage } from '@shared/schema/issue-message';
import { locateYamlKey } from './locate-yaml-key';

type ZodIssue = z.core.$ZodIssue;

/**
 * Turns zod issues into `schema` ArticleIssues: one per zod issue, with the
 * dotted field, the form's wording under the field's label ("Sentiment must
 * be one of POSITIVE, NEGATIVE, NEUTRAL", see issueMessage), and the file
 * line of the key. `yaml` is the raw frontmatter text, whose first line is
 * file line 2; `schema` is the one the issues came from (it names the fields).
 */
export function schemaIssues(issues: readonly ZodIssue[], data: Record<string, unknown>, yaml: string, schema: z.ZodType): ArticleIssue[] {
  return issues.map((issue) => toArticleIssue(issue, data, yaml, schema));
}

const FRONTMATTER_FIRST_LINE = 2;

function toArticleIssue(issue: ZodIssue, data: Record<string, unknown>, yaml: string, schema: z.ZodType): ArticleIssue {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const field = path.join('.');
  const value = valueAt(data, path);
  const message = issueMessage(issue, { value, label: fieldLabel(schema, path) ?? field });

  if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_union')) {
    // A missing key has no line of its own: point at its parent key, or at the opening `---`.
    const parentLine = path.length > 1 ? locateYamlKey(yaml, path.slice(0, -1)) : null;
    return { code: 'schema', field, message, line: parentLine === null ? 1 : parentLine + FRONTMATTER_FIRST_LINE - 1 };
  }

  const keyLine = locateYamlKey(yaml, path);
  return { code: 'schema', field, message, line: keyLine === null ? 1 : keyLine + FRONTMATTER_FIRST_LINE - 1 };
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let current: unknown = data;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}
