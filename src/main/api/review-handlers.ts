import type { ReviewChannel } from '@shared/ipc/review-contract';
import { applyFix, approveTranslation, createTranslation, markNeedsWork, reviewPair, reviewQueue, reviewSummary } from '../services/review';
import type { HandlerContext, HandlerGroup } from './handler-context';

/** Translation review: the overview and matrix, the pair view, approvals, fixes, new translations, the queue. */
export function reviewHandlers({ workspace }: HandlerContext): HandlerGroup<ReviewChannel> {
  return {
    'review.summary': async (input) => reviewSummary(workspace(), input),
    'review.pair': async ({ path }) => reviewPair(workspace(), path),
    'review.approve': async (input) => approveTranslation(workspace(), input),
    'review.needsWork': async (input) => markNeedsWork(workspace(), input),
    'review.fix': async (input) => applyFix(workspace(), input),
    'review.createTranslation': async (input) => createTranslation(workspace(), input),
    'review.queue': async (input) => reviewQueue(workspace(), input),
  };
}
