/**
 * Repairing a translation that lost its frontmatter: find its original by
 * path, plan the frontmatter from it (core/repair), write it journaled.
 */
export { applyFileRepair } from './apply-file-repair';
export { findOriginal, type FoundOriginal } from './find-original';
export { planFileRepair, type FileRepair } from './plan-file-repair';
export { workspaceModel } from './workspace-model';
