import type { GitChange, GitStatus } from '@shared/ipc/git-contract';

/** One letter and a word per kind of change, as the panel and the commit dialog show them. */
export const KIND_LABEL: Record<GitChange['kind'], { letter: string; word: string }> = {
  modified: { letter: 'M', word: 'Modified' },
  added: { letter: 'A', word: 'Added' },
  deleted: { letter: 'D', word: 'Deleted' },
  renamed: { letter: 'R', word: 'Renamed' },
  untracked: { letter: 'U', word: 'New, not yet in git' },
  conflicted: { letter: '!', word: 'Conflict' },
  'type-changed': { letter: 'T', word: 'Type changed' },
};

type RepoStatus = Extract<GitStatus, { state: 'repo' }>;

/** "↑2 ↓1" (or '' when level with the upstream or without one). */
export function aheadBehind(status: RepoStatus): string {
  const parts: string[] = [];
  if (status.ahead > 0) parts.push(`↑${status.ahead}`);
  if (status.behind > 0) parts.push(`↓${status.behind}`);
  return parts.join(' ');
}

/** The branch as a person reads it: its name, or "detached at 1a2b3c4". */
export function branchLabel(status: RepoStatus): string {
  if (status.branch !== null) return status.branch;
  return status.head === null ? 'no commit yet' : `detached at ${status.head.slice(0, 7)}`;
}

/** A sentence for a stopped merge or rebase, or a detached HEAD; null when all is well. */
export function stateWarning(status: RepoStatus): string | null {
  if (status.operation !== null) {
    return `A ${status.operation} is in progress. Finish it (or abort it) in a terminal — \`git status\` says how — before committing or pulling here.`;
  }
  if (status.branch === null && status.head !== null) {
    return 'The repository is not on a branch (detached HEAD): commits made here would belong to no branch. Switch to a branch in a terminal (`git switch main`) to commit, pull or push.';
  }
  return null;
}
