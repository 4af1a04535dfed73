import { z } from 'zod';

/**
 * One bulk retag operation, as every caller (UI, CLI, HTTP) sends it. Every
 * UI action (add, remove, rename, merge, delete everywhere, set category) is
 * expressed with these few fields, so the planner has one input shape.
 * The schema checks the shape only; `validateOperation` in main/core/retag
 * checks the meaning (empty tags, contradictions) with actionable messages.
 */
export const tagRenameSchema = z.object({
  from: z.string(),
  to: z.string(),
});

export const matchCaseSchema = z.enum(['exact', 'insensitive']);

export const retagOperationSchema = z.object({
  /** Tags appended to every file that lacks them. */
  add: z.array(z.string()).default([]),
  /** Tags dropped from every file (every matching occurrence). */
  remove: z.array(z.string()).default([]),
  /** Each matching tag is replaced in place; merging is several renames onto one tag. */
  rename: z.array(tagRenameSchema).default([]),
  /** `undefined` leaves the category alone, `null` removes the `category` key, a string sets it. */
  category: z.string().nullable().optional(),
  /** `insensitive` also ignores leading/trailing spaces and runs of inner whitespace. */
  matchCase: matchCaseSchema.default('exact'),
});

export type TagRename = z.infer<typeof tagRenameSchema>;
export type MatchCase = z.infer<typeof matchCaseSchema>;
/** A complete operation (defaults filled in). */
export type RetagOperation = z.infer<typeof retagOperationSchema>;
/** What a caller may send: omitted lists mean "none", omitted matchCase means exact. */
export type RetagOperationInput = z.input<typeof retagOperationSchema>;
