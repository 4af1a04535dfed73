import { z } from 'zod';
import { diffHunkSchema } from '../text/diff-hunk';

/**
 * The repair channels' schemas, spread into `contract`: a translation that
 * lost its frontmatter gets it back from its original. Plan first (the
 * diff the person sees), then apply with the hashes the plan was made from.
 */

const relPath = z.string().min(1).max(4096);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'Expected a sha256 hex digest');

export const repairPlanSchema = z.object({
  path: relPath,
  /** The original the frontmatter is copied from. */
  original: relPath,
  /** The translation's language, from its path. */
  lang: z.string(),
  /** False when the file already has readable frontmatter: nothing to do. */
  changed: z.boolean(),
  /** sha256 of the file as planned: pass to `repair.apply`. */
  baseHash: sha256,
  /** sha256 of the file after the repair: pass to `repair.apply`, which refuses if the plan would now differ. */
  newHash: sha256,
  /** The new frontmatter block, `---` lines included. */
  block: z.string(),
  /** The block it replaces, `---` lines included; null when the file had none. */
  replaced: z.string().nullable(),
  /** Why the replaced block is broken (unparseable or unclosed); the apply needs `replaceBroken`. Null otherwise. */
  broken: z.string().nullable(),
  /** The new frontmatter as data. */
  frontmatter: z.record(z.string(), z.unknown()),
  warnings: z.array(z.string()),
  /** Where the result would not be valid under the collection's schema; the apply refuses while any. */
  errors: z.array(z.object({ field: z.string().optional(), message: z.string() })),
  /** The file's diff (the body never changes). */
  hunks: z.array(diffHunkSchema),
});
export type RepairPlanOutput = z.infer<typeof repairPlanSchema>;

export const repairContract = {
  /** What a repair would write. `not-found` (with the reason) when no original can be found by path. */
  'repair.plan': {
    input: z.object({ path: relPath }),
    output: repairPlanSchema,
  },
  /**
   * Writes the planned frontmatter in front of the body's exact bytes,
   * journaled so `retag.undo` (Undo last bulk edit) puts the old bytes back.
   * `conflict` when the file or the plan changed since `baseHash`/`newHash`.
   */
  'repair.apply': {
    input: z.object({ path: relPath, baseHash: sha256, newHash: sha256, replaceBroken: z.boolean().default(false) }),
    output: z.object({ path: relPath, hash: sha256, journalId: z.string() }),
  },
} satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export type RepairChannel = keyof typeof repairContract;
