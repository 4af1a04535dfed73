import { Facet } from '@codemirror/state';
import type { z } from 'zod';
import { articleSchema } from '@shared/schema/article-schema';
import { fieldLabel } from '@shared/schema/describe-form';
import { issueMessage } from '@shared/schema/issue-message';

/** A schema problem of one field, as the form and the lint marks show it. */
export interface FieldIssue {
  /** Dotted path, e.g. `coverImage.thumb`; list items end in their index (`tags.2`). */
  field: string;
  /** The path as keys (list indexes as strings). */
  path: string[];
  /** What is wrong, without the field name (the form shows it next to the field): "Must be one of …". */
  message: string;
  /** The same under the field's label, for places without the field beside it: "Sentiment must be one of …". */
  sentence: string;
  /** True when the field is absent (there is no line of its own to point at). */
  missing: boolean;
}

/** The zod schema the frontmatter is validated against; the default news-article schema when not configured. */
export const frontmatterSchema = Facet.define<z.ZodType, z.ZodType>({
  combine: (values) => values[0] ?? articleSchema,
});

/** Validates parsed frontmatter data; an empty list when it is valid. Pure. */
export function validateFrontmatter(schema: z.ZodType, data: Record<string, unknown>): FieldIssue[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol').map(String);
    const value = valueAt(data, path);
    const missing = value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_union');
    const field = path.join('.');
    return {
      field,
      path,
      message: issueMessage(issue, { value }),
      sentence: issueMessage(issue, { value, label: fieldLabel(schema, path) ?? field }),
      missing,
    };
  });
}

function valueAt(data: unknown, path: readonly string[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}
