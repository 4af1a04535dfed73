/**
 * Bulk retagging, pure: operations, the fields a file's collection gives
 * them (its tag list and category roles), per-file plans (minimal text changes),
 * plan summaries and the taxonomy view's variant groups. Services read the
 * files, hold plans, and write them; this folder never touches the disk.
 */
export { createOperation, mergeTags, deleteTag, validateOperation } from './retag-operation';
export type { MatchCase, RetagOperation, RetagOperationInput, TagRename } from './retag-operation';
export { missingFieldMessage, retagFieldsFor, retagFieldsOf, type RetagFields } from './retag-fields';
export { planFileRetag, type FileRetagPlan, type RetagSnapshot, type RetagSkipReason } from './plan-file-retag';
export { summarisePlan, type PlannedFile, type RetagSummary } from './summarise-plan';
export { normaliseTag, groupTagVariants, type TagCount, type TagGroup, type TagGroupFlag } from './tag-variants';
