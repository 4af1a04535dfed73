/**
 * Frontmatter reading and minimal-change editing, shared by the renderer
 * (CodeMirror transactions) and the main process (saves, bulk retag, CLI).
 * Pure: no Node APIs.
 */
export { opensFrontmatter, splitFrontmatter, type FrontmatterBlock } from './split-frontmatter';
export { applyChanges, type TextChange } from './text-change';
export type { FrontmatterError, FrontmatterErrorCode } from './frontmatter-error';
export { readFrontmatter, type ReadResult } from './read-frontmatter';
export {
  setField,
  deleteField,
  editFields,
  DELETE,
  type FieldPath,
  type FieldEdit,
  type EditResult,
} from './edit-frontmatter';
