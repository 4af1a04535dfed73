import { isBlockingCheck, type Check } from '@shared/review';

interface Props {
  checks: readonly Check[];
  busy: boolean;
  /** Why fixes cannot run now (unsaved edits); null when they can. */
  blocked: string | null;
  /** File line of the translation body's first line: checks on a line below it are about a block. */
  bodyLine: number;
  onFix: (checkId: string, line?: number) => void;
  /** Scrolls the translation to the block at this file line. */
  onReveal: (line: number) => void;
}

/**
 * The translation's consistency problems, each with the line of its block
 * (a click shows it) and a one-click fix where one exists. Checks that make
 * an approval wait are marked.
 */
export function ReviewChecks({ checks, busy, blocked, bodyLine, onFix, onReveal }: Props) {
  if (checks.length === 0) return null;
  return (
    <div className="review-checks">
      <h3 className="review-checks-title">
        <span aria-hidden="true">⚠</span> {checks.length === 1 ? '1 inconsistency' : `${checks.length} inconsistencies`} with the original
      </h3>
      <ul className="review-checks-list">
        {checks.map((check, index) => (
          <li key={`${check.id}:${check.line ?? ''}:${index}`} className="review-check" data-check={check.id} data-line={check.line} data-blocking={isBlockingCheck(check.id) || undefined}>
            <code className="review-check-id">{check.id}</code>
            {check.line !== undefined &&
              (check.line >= bodyLine ? (
                <button type="button" className="link-button review-check-line" title="Show this block in the translation" onClick={() => onReveal(check.line ?? 0)}>
                  line {check.line}
                </button>
              ) : (
                <span className="review-check-line">line {check.line}</span>
              ))}
            <span className="review-check-message">{check.message}</span>
            {check.fix && (
              <button
                type="button"
                className="button button--small"
                disabled={busy || blocked !== null}
                title={blocked ?? ('body' in check.fix ? `Write "${check.fix.body.insert}" over "${check.fix.body.expected}"` : 'Apply the fix: a minimal edit of this field')}
                aria-label={`Fix ${check.id}${check.line !== undefined ? ` at line ${check.line}` : ''}`}
                onClick={() => onFix(check.id, check.line)}
              >
                Fix
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
