import { reviewSchema, type Review, type TranslationStatus } from '@shared/review';

export type { Review, TranslationStatus } from '@shared/review';

/** A file's `review` field, or null with the reason it could not be used. */
export interface ReviewRead {
  review: Review | null;
  /** Set when a `review` field exists but is malformed; the file then counts as unreviewed. */
  warning: string | null;
}

/**
 * Reads `review` from parsed frontmatter (either YAML parser's output).
 * Absent → null, no warning. Malformed (not a mapping, unknown status, an
 * approval without `sourceHash`, a bad hash) → null plus a warning saying
 * what to fix, so the file shows as unreviewed instead of failing.
 */
export function readReview(data: Record<string, unknown> | null): ReviewRead {
  const raw = data?.review;
  if (raw === undefined || raw === null) return { review: null, warning: null };
  const parsed = reviewSchema.safeParse(raw);
  if (parsed.success) return { review: parsed.data, warning: null };
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? `review.${issue.path.join('.')}` : 'review';
  return {
    review: null,
    warning: `${where}: ${issue?.message ?? 'malformed'}. It is treated as unreviewed; set review.status to approved, needs-work or unreviewed (approve again to record sourceHash).`,
  };
}

export interface StatusInput {
  isOriginal: boolean;
  /** The file's `draft: true`. */
  draft: boolean;
  review: Review | null;
  /** `sourceContentHash` of the source as it is now; null when unknown (no source, unreadable source). */
  currentSourceHash: string | null;
}

/**
 * A file's review status. Precedence, first match wins:
 * 1. `draft` — a draft is unpublished work in progress: no reader sees it,
 *    and any earlier approval is not final until it is published again.
 *    New translations start as drafts, so "draft" is what they show.
 * 2. An original is `approved`: it is the text others are checked against.
 * 3. No (or malformed) review, or `unreviewed` → `unreviewed`.
 * 4. `needs-work` stays so even if the source changed: a reviewer's
 *    objection is not cleared by someone else's edit.
 * 5. `approved` → `outdated` when the source's hash now differs from the
 *    one approved; `approved` when equal or when the source is unknown
 *    (an orphan is reported as such, not as outdated).
 */
export function deriveStatus({ isOriginal, draft, review, currentSourceHash }: StatusInput): TranslationStatus {
  if (draft) return 'draft';
  if (isOriginal) return 'approved';
  if (review === null || review.status === 'unreviewed') return 'unreviewed';
  if (review.status === 'needs-work') return 'needs-work';
  if (currentSourceHash !== null && review.sourceHash !== currentSourceHash) return 'outdated';
  return 'approved';
}
