/**
 * CodeMirror extensions for translation review: block marks (alignment,
 * unmatched and changed blocks, the counterpart highlight), their gutter,
 * cursor → block reporting, scroll following, and the "what changed" merge
 * view. No React here.
 */
import type { Extension } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
import { blockFocusListener, viewLifecycle } from './block-focus';
import { blockGutter } from './block-gutter';
import { blockMarksField } from './block-marks';

export { blockMarksField, blockMarksOf, blockIndexAt, blockClasses, setBlockMarks, setCounterpartBlock, type BlockMark, type BlockMarksValue } from './block-marks';
export { blockGutter } from './block-gutter';
export { blockFocusListener, viewLifecycle } from './block-focus';
export { scrollAnchors, mapHeight, type ScrollAnchor } from './scroll-anchors';
export { followScroll } from './scroll-sync';
export { sourceChangesView, type SourceChangesOptions } from './source-changes-view';

/** Options for `reviewPane`. */
export interface ReviewPaneOptions {
  /** The view was built: the owner may now dispatch block marks to it. */
  onAttach: (view: EditorView) => void;
  onDetach: (view: EditorView) => void;
  /** The cursor moved into another block (index into the marks) or out of every block (null). */
  onBlockFocus: (index: number | null, view: EditorView) => void;
}

/** Everything one pane of the pair needs for review: the marks field, its gutter and the listeners. */
export function reviewPane(options: ReviewPaneOptions): Extension {
  return [blockMarksField, blockGutter(), blockFocusListener(options.onBlockFocus), viewLifecycle(options.onAttach, options.onDetach)];
}
