/**
 * Bulk retagging in the renderer: the library's selection, the bulk bar, the
 * plan → preview → apply → undo dialog, the bulk-edit list, and the taxonomy
 * view. The window wires these in; everything else here is internal.
 */
export { useRetag } from './hooks/useRetag';
export type { RetagApi } from './hooks/useRetag';
export type { BulkSelectionApi } from './hooks/useBulkSelection';
export { BulkBar } from './components/BulkBar';
export { RetagLayer } from './components/RetagLayer';
export { TaxonomyView } from './components/TaxonomyView';
export { RowCheck, HeaderCheck } from './components/RowCheck';
export { RETAG_SHORTCUTS } from './lib/shortcuts';
