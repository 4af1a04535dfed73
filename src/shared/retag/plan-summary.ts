import { z } from 'zod';

/**
 * Why a file is left out of a retag. The first group comes from the file's
 * collection and frontmatter (core planner); the last three from the services that
 * read and write files (apply re-checks every file).
 */
export const retagSkipReasonSchema = z.enum([
  /** The operation edits tags, but the file's collection has no tag list (no `roles.tags`). */
  'no-tag-field',
  /** The operation sets or removes the category, but the file's collection has none (no `roles.category`). */
  'no-category-field',
  /** The frontmatter is TOML (`+++`) or JSON: bulk retag edits YAML only, keeping its bytes. */
  'not-yaml',
  /** No `---` … `---` block at the start of the file. */
  'no-frontmatter',
  /** The frontmatter YAML does not parse (or repeats a key). */
  'yaml-syntax',
  /** The frontmatter is not a `key: value` mapping. */
  'not-a-mapping',
  /** The tag list field holds a single value or a group, not a list. */
  'tags-not-a-list',
  /** A tag in the list is not a one-line value (null, a list, a group). */
  'tag-not-text',
  /** The operation sets or removes the category, but its field holds a list or a group. */
  'category-not-text',
  /** The frontmatter editor refused the change (its message says why). */
  'edit-refused',
  /** The file could not be read (or is not UTF-8 text). */
  'unreadable',
  /** The file's bytes differ from the ones the plan was computed from. */
  'changed-since-plan',
  /** The file (or its folder) cannot be written. */
  'not-writable',
]);

export type RetagSkipReason = z.infer<typeof retagSkipReasonSchema>;

export const retagSkippedFileSchema = z.object({
  path: z.string(),
  reason: retagSkipReasonSchema,
  message: z.string(),
  /** 1-based file line of the problem, when known. */
  line: z.number().int().positive().optional(),
});

/** Counts of a plan or an apply; the CLI prints it (plus a journal id) as JSON. */
export const retagSummarySchema = z.object({
  changed: z.number().int().nonnegative(),
  unchanged: z.number().int().nonnegative(),
  skipped: z.array(retagSkippedFileSchema),
});

export type RetagSkippedFile = z.infer<typeof retagSkippedFileSchema>;
export type RetagSummary = z.infer<typeof retagSummarySchema>;
