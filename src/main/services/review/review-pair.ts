import type { ChannelOutput } from '@shared/ipc/contract';
import type { Review } from '@shared/review';
import { approvalBlockers, deriveStatus } from '../../core/review';
import type { Workspace } from '../workspace';
import { analysePairContext, loadPairContext } from './pair-context';
import { contentHashOf, type ReviewFile } from './review-file';
import { sourceChanges } from './source-changes';

export type ReviewPair = ChannelOutput<'review.pair'>;

/**
 * Everything the pair view shows for one translation: both texts with their
 * hashes, both bodies split into blocks and aligned, the checks with their
 * fixes, the status, and for an outdated translation what changed in the
 * source since approval.
 */
export async function reviewPair(ws: Workspace, relPath: string): Promise<ReviewPair> {
  const context = await loadPairContext(ws, relPath);
  const { translation, source } = context;
  const sourceContentHash = source ? contentHashOf(source.file) : null;
  const status = deriveStatus({ isOriginal: false, draft: translation.draft, review: translation.review, currentSourceHash: sourceContentHash });
  const analysis = await analysePairContext(ws, context);
  const outdated = source !== null && translation.review?.status === 'approved' && sourceContentHash !== null && translation.review.sourceHash !== sourceContentHash;
  return {
    translation: fileOut(translation),
    source: source ? { ...fileOut(source.file), contentHash: sourceContentHash } : null,
    status,
    review: reviewOut(translation.review),
    reviewWarning: translation.reviewWarning,
    translationBody: { bodyFrom: translation.bodyFrom, bodyLine: translation.bodyLine, blocks: analysis.translationBlocks },
    sourceBody: source ? { bodyFrom: source.file.bodyFrom, bodyLine: source.file.bodyLine, blocks: analysis.sourceBlocks } : null,
    alignment: analysis.alignment,
    checks: analysis.checks,
    approvalBlockers: approvalBlockers({ draft: translation.draft, issues: translation.issues, checks: analysis.checks }),
    changes: outdated
      ? await sourceChanges({ sourceAbs: source.abs, sourceText: source.file.text, sourceBlocks: analysis.sourceBlocks, review: translation.review })
      : null,
  };
}

function fileOut(file: ReviewFile): ReviewPair['translation'] {
  return { path: file.path, lang: file.lang, hash: file.hash };
}

/** The review field for the wire: the time always a string (js-yaml reads an unquoted one as a Date). */
export function reviewOut(review: Review | null): ReviewPair['review'] {
  if (review === null) return null;
  const at = review.at instanceof Date ? review.at.toISOString() : review.at;
  return {
    status: review.status,
    ...(review.sourceHash !== undefined && { sourceHash: review.sourceHash }),
    ...(at !== undefined && { at }),
    ...(typeof review.note === 'string' && review.note.trim() !== '' && { note: review.note }),
  };
}
