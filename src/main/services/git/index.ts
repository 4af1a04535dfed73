/**
 * Git for the desk: the system `git` through one runner (run-git.ts), typed
 * errors (git-error.ts), the repository of a workspace (git-repo.ts), the
 * per-workspace service the handlers use (git-service.ts), and commits of
 * bulk operations for the CLI (commit-operation.ts).
 */
export { runGit, textOf, type GitResult, type GitRunOptions } from './run-git';
export { gitFailure } from './git-error';
export { parseStatus, type GitChangeKind, type GitFileChange, type ParsedStatus } from './parse-status';
export { GitRepo, type GitIdentity, type GitOperation, type PullResult, type RepoStatus } from './git-repo';
export { GitService } from './git-service';
export { AppWrites } from './app-writes';
export { retagCommitMessage, suggestCommitMessage, undoCommitMessage, type AppAction } from './commit-message';
export { OperationCommitter, type LeftOut, type OperationCommit } from './commit-operation';
export { bothRestrictions, changedRestriction, changedSelection } from './changed-restriction';
