import { z } from 'zod';

/**
 * The review state a person records in a translation's own frontmatter, so it
 * travels with the file: `review: { status, sourceHash, at, blocks }`.
 */

/** What a reviewer can set. */
export const REVIEW_STATES = ['approved', 'needs-work', 'unreviewed'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

/** The status of one file, derived from its draft flag, its review and the source's current hash. */
export const TRANSLATION_STATUSES = ['draft', 'unreviewed', 'needs-work', 'approved', 'outdated'] as const;
export type TranslationStatus = (typeof TRANSLATION_STATUSES)[number];

/** Everything the review view shows per language: the file statuses plus a group's absent language. */
export const REVIEW_STATUSES = ['missing', ...TRANSLATION_STATUSES, 'inconsistent'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** Colour-neutral labels; the renderer decides how each looks. */
export const REVIEW_STATUS_LABELS: Readonly<Record<ReviewStatus, string>> = {
  missing: 'Missing',
  draft: 'Draft',
  unreviewed: 'Not reviewed',
  'needs-work': 'Needs work',
  approved: 'Approved',
  outdated: 'Source changed since approval',
  inconsistent: 'Inconsistent with source',
};

/** `sha256:` and 64 lower-case hex digits, as written by `sourceContentHash`. */
export const CONTENT_HASH = /^sha256:[0-9a-f]{64}$/;

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** js-yaml reads an unquoted timestamp as a `Date`; the `yaml` package keeps the string. */
const reviewTime = z.union([
  z.date().refine((d) => !Number.isNaN(d.getTime()), 'Not a valid date'),
  z.string().regex(ISO_DATE_TIME, 'Expected an ISO 8601 date-time such as 2026-01-31T18:04:41.000Z'),
]);

/**
 * `review` as read from frontmatter. Unknown keys are kept (a reviewer's name,
 * a note). An approval must carry the source hash it approved, or there is
 * nothing to detect "outdated" against.
 */
export const reviewSchema = z
  .looseObject({
    status: z.enum(REVIEW_STATES),
    /** Content hash of the source at approval (`sha256:<hex>`). */
    sourceHash: z.string().regex(CONTENT_HASH, 'Expected sha256: followed by 64 hex digits').optional(),
    /** When the status was last set. */
    at: reviewTime.optional(),
    /** Per-block hashes of the source at approval, to mark changed blocks without git history. */
    blocks: z.array(z.string().min(1)).optional(),
    /** Why it needs work, or why it was approved despite a refusal: a reviewer's words. */
    note: z.string().optional(),
  })
  .refine((r) => r.status !== 'approved' || r.sourceHash !== undefined, {
    message: 'An approved review must record the sourceHash it approved',
    path: ['sourceHash'],
  });

export type Review = z.infer<typeof reviewSchema>;

/** Checks that make an approval wait: the text is not (all) translated, or not what the model should have produced. */
export function isBlockingCheck(id: string): boolean {
  return id.startsWith('untranslated:') || id === 'frontmatter' || id === 'length' || id === 'repetition';
}
