import { useState } from 'react';
import { alignmentSummary, pairBlocks } from './lib/pair-blocks';
import { RepairAction } from './RepairAction';
import { ReviewChecks } from './ReviewChecks';
import { ReviewNoteForm } from './ReviewNoteForm';
import { SourceChangesDialog } from './SourceChangesDialog';
import { StatusBadge } from './StatusBadge';
import { REVIEW_KEYS } from './useReviewKeys';
import type { PairReview } from './usePairReview';

/** "12 Jan 2026, 09:14" in the reader's locale. */
function when(iso: string | undefined): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/**
 * The translation's review above its editor: status and date, approve /
 * needs work, the queue, what changed in the original since approval, the
 * alignment with its sync-scroll toggle, and the consistency checks with
 * their one-click fixes.
 */
export function ReviewStrip({ review }: { review: PairReview }) {
  const { pair, error, busy, message, dirty } = review;
  const [showChanges, setShowChanges] = useState(false);
  if (error !== null && pair === null) {
    return (
      <section className="review-strip review-strip--error" aria-label="Review">
        {review.unreadable && review.path !== null ? (
          <RepairAction path={review.path} onRepaired={(path) => void review.rewritten(path)} />
        ) : (
          <span className="review-strip-note">Review unavailable: {error}</span>
        )}
      </section>
    );
  }
  if (pair === null) return <section className="review-strip review-strip--loading" aria-label="Review" aria-busy="true" />;

  const noSource = pair.source === null;
  const writeBlocked = dirty.target ? 'Save the translation first (Ctrl+S): this writes the file' : null;
  const approveBlocked = noSource ? 'The original is not in this folder' : (writeBlocked ?? (dirty.source ? 'Save the original first: an approval records the original as saved' : null));
  const changes = pair.changes;
  const alignment = alignmentSummary(pairBlocks(pair));
  const at = when(pair.review?.at);
  const blockers = pair.approvalBlockers;
  const note = pair.review?.note;

  return (
    <section className="review-strip" aria-label="Review" data-status={pair.status}>
      <div className="review-strip-row">
        <StatusBadge status={pair.status} />
        {at && <span className="review-strip-date">{pair.review?.status === 'approved' ? 'approved' : pair.review?.status === 'needs-work' ? 'marked' : 'since'} {at}</span>}
        <div className="review-strip-actions">
          <button
            type="button"
            className="button button--small button--primary"
            disabled={busy || approveBlocked !== null}
            title={approveBlocked ?? (blockers.length > 0 ? `Not ready to approve: ${blockers.join(' ')}` : `Approve: record the original as it is now as the baseline (${REVIEW_KEYS.approve.label})`)}
            onClick={review.approve}
          >
            ✓ Approve
          </button>
          <button
            type="button"
            className="button button--small"
            disabled={busy || writeBlocked !== null}
            title={writeBlocked ?? `Mark as needing work, with a note (${REVIEW_KEYS.needsWork.label})`}
            onClick={() => review.askNote('needs-work')}
          >
            ✎ Needs work
          </button>
        </div>
      </div>
      {note && (
        <p className="review-strip-note" data-testid="review-note">
          <span className="review-strip-note-label">Reviewer's note:</span> {note}
        </p>
      )}
      {blockers.length > 0 && !noSource && (
        <div className="review-blockers" role="note" aria-label="Not ready to approve">
          <div className="review-blockers-head">
            <strong>Not ready to approve</strong>
            <button type="button" className="button button--small" disabled={busy || approveBlocked !== null} onClick={() => review.askNote('approve-anyway')}>
              Approve anyway…
            </button>
          </div>
          <ul className="review-blockers-list">
            {blockers.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </div>
      )}
      {review.noteFor && (
        <ReviewNoteForm
          kind={review.noteFor}
          busy={busy}
          onSubmit={review.noteFor === 'approve-anyway' ? review.approveAnyway : review.needsWork}
          onCancel={() => review.askNote(null)}
        />
      )}
      {pair.reviewWarning && <p className="review-strip-warning">The review field was ignored: {pair.reviewWarning}</p>}
      {changes && (
        <div className="review-changes" data-mode={changes.mode}>
          {changes.mode === 'git' && (
            <>
              <span>The original changed since approval.</span>
              <button type="button" className="button button--small" onClick={() => setShowChanges(true)}>
                What changed…
              </button>
            </>
          )}
          {changes.mode === 'blocks' && (
            <>
              <span className="review-legend-swatch review-legend-swatch--changed" aria-hidden="true" />
              <span>
                {changes.changedBlocks.length === 0
                  ? 'The original changed since approval, but no paragraph did (title or description only).'
                  : `${changes.changedBlocks.length} ${changes.changedBlocks.length === 1 ? 'block' : 'blocks'} of the original changed since approval — marked ● in the original.`}
              </span>
              {changes.changedBlocks.length > 0 && (
                <button type="button" className="link-button" onClick={review.revealChange}>
                  Show the first
                </button>
              )}
            </>
          )}
          {changes.mode === 'unknown' && (
            <span>The original changed since approval; what changed is unknown (the approved version is not in git history and no block hashes were recorded).</span>
          )}
        </div>
      )}
      <div className="review-strip-row review-alignment">
        <span className="review-alignment-text" data-testid="alignment-summary">
          {noSource
            ? 'No original to align with.'
            : `${alignment.matched} blocks paired${alignment.missing > 0 ? ` · ${alignment.missing} without translation (−)` : ''}${alignment.extra > 0 ? ` · ${alignment.extra} extra (+)` : ''}`}
        </span>
        <label className="pair-setting" title={`Keep aligned paragraphs level while scrolling (${REVIEW_KEYS.toggleSync.label})`}>
          <input type="checkbox" checked={review.syncScroll} onChange={(event) => review.setSyncScroll(event.target.checked)} />
          Sync scroll
        </label>
        <div className="review-strip-queue" role="group" aria-label="Review queue">
          <button type="button" className="button button--small" onClick={() => review.next('outdated')} title={`Open the next outdated translation (${REVIEW_KEYS.nextOutdated.label})`}>
            Next outdated →
          </button>
          <button type="button" className="button button--small" onClick={() => review.next('unreviewed')} title={`Open the next unreviewed translation (${REVIEW_KEYS.nextUnreviewed.label})`}>
            Next unreviewed →
          </button>
          <button type="button" className="button button--small" onClick={() => review.next('needs-work')} title="Open the next translation marked as needing work">
            Next needs work →
          </button>
        </div>
      </div>
      <ReviewChecks checks={pair.checks} busy={busy} blocked={writeBlocked} bodyLine={pair.translationBody.bodyLine} onFix={review.fix} onReveal={review.revealLine} />
      <p className={`review-strip-message${message?.kind === 'error' ? ' review-strip-message--error' : ''}`} role="status" aria-live="polite">
        {message?.text ?? ''}
      </p>
      {showChanges && changes?.mode === 'git' && pair.source && (
        <SourceChangesDialog
          path={pair.source.path}
          commit={changes.commit}
          approved={changes.approvedSource}
          current={changes.currentSource}
          onClose={() => setShowChanges(false)}
        />
      )}
    </section>
  );
}
