/**
 * Git in the renderer: the Changes panel, the commit and compare dialogs,
 * the status bar's branch item, the library's "Changed" filter and badge,
 * and the keys. The window wires these in; the rest is internal.
 */
export { useGit, type GitApi } from './useGit';
export { useGitKeys } from './useGitKeys';
export { GitLayer, useGitDialogs, type GitDialogs } from './GitLayer';
export { ChangesPanel } from './ChangesPanel';
export { GitStatusItem } from './GitStatusItem';
export { ChangedFilter } from './ChangedFilter';
export { GIT_SHORTCUTS } from './git-shortcuts';
export { bulkCommitBaseline, commitBulkEdit, useIsGitRepo } from './bulk-commit';
