/**
 * Translation review over the files: the folder overview (statuses, checks,
 * missing languages), one translation beside its source, and the review
 * actions, each written through `writeFileAtomic`.
 */
export { reviewFolder, ReviewCache, type FolderReview, type ReviewEntry, type ReviewFolderOptions, type FileFacts } from './review-folder';
export { buildGroups, filterGroups, type GroupFilter } from './review-groups';
export { workspaceReview, reviewSummary, reviewQueue } from './workspace-review';
export { workspaceReport, reportOf, type ReviewReport } from './review-report';
export { statusRestriction } from './status-restriction';
export { reviewPair, type ReviewPair } from './review-pair';
export { approveTranslation, markNeedsWork, applyFix, createTranslation, type ReviewWriteResult } from './review-actions';
export { sourceChanges, type SourceChanges, type SourceChangesInput } from './source-changes';
export { findVersionByContentHash, gitTopLevel, fileHistory, type GitVersion } from './git-history';
