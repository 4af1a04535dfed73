// Repairing a translation that lost its frontmatter: pure planning. Finding and writing files lives in services/repair.
export { buildFrontmatter, type BuiltFrontmatter, type FrontmatterRecipe } from './build-frontmatter';
export { existingBlock, type ExistingBlock } from './frontmatter-block';
export { placeByPath, type PathPlace, type PlaceOptions } from './original-candidates';
export { planRepair, REVIEW_TRANSLATED_FROM, type RepairInput, type RepairPlan, type RepairProblem } from './plan-repair';
export { groupByPath, type PathMember } from './group-by-path';
