/**
 * Bulk retag services: plans held in memory, atomic journaled applies, undo
 * from journals, and the taxonomy view. Pure planning lives in core/retag.
 */
export { RetagService, type RetagServiceOptions } from './retag-service';
export { selectPaths, type RetagPlanInput } from './plan-retag';
export { listTaxonomy } from './taxonomy';
export type { RetagProgress, ProgressSink } from './progress-throttle';
