import type { Check } from '@shared/review';

interface Props {
  checks: readonly Check[];
  busy: boolean;
  /** Why fixes cannot run now (unsaved edits); null when they can. */
  blocked: string | null;
  onFix: (checkId: string) => void;
}

/** The translation's consistency problems, each with a one-click fix where one exists. */
export function ReviewChecks({ checks, busy, blocked, onFix }: Props) {
  if (checks.length === 0) return null;
  return (
    <div className="review-checks">
      <h3 className="review-checks-title">
        <span aria-hidden="true">⚠</span> {checks.length === 1 ? '1 inconsistency' : `${checks.length} inconsistencies`} with the original
      </h3>
      <ul className="review-checks-list">
        {checks.map((check) => (
          <li key={check.id} className="review-check" data-check={check.id}>
            <code className="review-check-id">{check.id}</code>
            <span className="review-check-message">{check.message}</span>
            {check.fix && (
              <button
                type="button"
                className="button button--small"
                disabled={busy || blocked !== null}
                title={blocked ?? 'Apply the fix: a minimal edit of this field'}
                aria-label={`Fix ${check.id}`}
                onClick={() => onFix(check.id)}
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
