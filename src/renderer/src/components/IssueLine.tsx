import type { ArticleIssue } from '@shared/errors';

/** `no-frontmatter  line 1:1  title  message`, one issue per line, code and place aligned in columns. */
export function IssueLine({ issue, onClick }: { issue: ArticleIssue; onClick?: () => void }) {
  const where = issue.line !== undefined ? `${issue.line}${issue.column !== undefined ? `:${issue.column}` : ''}` : '';
  const content = (
    <>
      <span className="issue-code">{issue.code}</span>
      <span className="issue-where">{where && `line ${where}`}</span>
      <span className="issue-message">
        {issue.field && <span className="issue-field">{issue.field}</span>}
        {issue.message}
      </span>
    </>
  );
  return onClick ? (
    <button type="button" className="issue" onClick={onClick}>
      {content}
    </button>
  ) : (
    <div className="issue">{content}</div>
  );
}
