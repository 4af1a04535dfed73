import type { ArticleIssue } from '@shared/errors';
import { CloseIcon, ErrorIcon } from '../components/Icons';

interface Props {
  issues: readonly ArticleIssue[];
  onJump: (line: number) => void;
  onDismiss: () => void;
}

/**
 * Why a save was refused (the file was not written), one line per problem,
 * each a jump to its line. The pane drops it as soon as the text changes.
 */
export function SaveErrors({ issues, onJump, onDismiss }: Props) {
  return (
    <div className="pane-banner pane-banner--error save-errors" role="alert" aria-label="Save errors">
      <ErrorIcon />
      <div className="save-errors-body">
        <strong>Not saved — the file on disk is unchanged.</strong>
        <ul>
          {issues.map((issue, i) => (
            <li key={i}>
              {issue.line !== undefined ? (
                <button type="button" className="link-button save-error-jump" onClick={() => onJump(issue.line ?? 1)}>
                  Line {issue.line}
                </button>
              ) : null}
              {/* Schema problems already name their field, in the form's words. */}
              {issue.field && issue.code !== 'schema' && <code>{issue.field}</code>} {issue.message}
            </li>
          ))}
        </ul>
      </div>
      <button type="button" className="icon-button" aria-label="Dismiss" onClick={onDismiss}>
        <CloseIcon />
      </button>
    </div>
  );
}
