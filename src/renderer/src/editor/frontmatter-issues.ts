import { Facet } from '@codemirror/state';
import type { z } from 'zod';
import { fieldLabel } from '@shared/schema/field-label';
import { issueMessage } from '@shared/schema/issue-message';

/** A schema problem of one field, as the form and the lint marks show it. */
export interface FieldIssue {
  /** Dotted path, e.g. `coverImage.thumb`; list items end in their index (`tags.2`). */
  field: string;
  /** The path as keys (list indexes as strings). */
  path: string[];
  /** What is wrong, without the field name (the form shows it next to the field): "Must be one of …". */
  message: string;
  /** The same under the field's name, for places without the field beside it: "sentiment must be one of …". */
  sentence: string;
  /** True when the field is absent (there is no line of its own to point at). */
  missing: boolean;
}

/**
 * The validator of the file's collection (`validatorFor`), which the
 * frontmatter is checked against; null — a file in no collection, or no
 * content model yet — checks nothing but the YAML.
 */
export const frontmatterSchema = Facet.define<z.ZodType | null, z.ZodType | null>({
  combine: (values) => values[0] ?? null,
});

/**
 * Validates frontmatter values, read as the indexer reads them
 * (`indexedValues`: unquoted dates are `Date`s); an empty list when they are
 * valid or there is no schema. Pure.
 */
export function validateFrontmatter(schema: z.ZodType | null, data: Record<string, unknown>): FieldIssue[] {
  if (schema === null) return [];
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
