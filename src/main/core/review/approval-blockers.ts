import type { ArticleIssue } from '@shared/errors';
import { isBlockingCheck, type Check } from '@shared/review';

export interface ApprovalState {
  /** The file's `draft: true`. */
  draft: boolean;
  /** Its YAML and schema problems; empty when valid. */
  issues: readonly ArticleIssue[];
  /** Its consistency checks, as the pair view shows them. */
  checks: readonly Check[];
}

/**
 * Why a translation cannot be approved as it is, one sentence each; empty
 * when it can. Approval means a person read a finished translation, so it
 * waits while the file is a draft, is invalid, or has a blocking check
 * (`untranslated:*`, `frontmatter`, `length`, `repetition`). Other checks
 * (a field to copy, a changed figure) are shown but do not block.
 */
export function approvalBlockers({ draft, issues, checks }: ApprovalState): string[] {
  const reasons: string[] = [];
  if (draft) reasons.push('It is a draft (draft: true); set draft to false when the translation is finished.');
  const first = issues[0];
  if (first) {
    const where = first.field ? `${first.field}: ` : first.line !== undefined ? `line ${first.line}: ` : '';
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more ${issues.length === 2 ? 'problem' : 'problems'})` : '';
    reasons.push(`It is invalid — ${where}${first.message}${more}`);
  }
  const seen = new Set<string>();
  for (const check of checks) {
    if (!isBlockingCheck(check.id) || seen.has(check.id)) continue;
    seen.add(check.id);
    const count = checks.filter((c) => c.id === check.id).length;
    reasons.push(`${check.id}: ${check.message}${count > 1 ? ` (${count} blocks)` : ''}`);
  }
  return reasons;
}
