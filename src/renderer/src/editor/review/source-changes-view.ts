import { MergeView } from '@codemirror/merge';
import { EditorState } from '@codemirror/state';
import type { Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';

/** What `sourceChangesView` shows. */
export interface SourceChangesOptions {
  /** The original as it was when the translation was approved (from git history); left. */
  approved: string;
  /** The original now; right. */
  current: string;
  parent: HTMLElement;
  /** Language, theme and setup shared by both sides. */
  extensions?: Extension;
}

/**
 * The original as approved beside the original now, both read-only, with
 * changed words highlighted and long unchanged stretches folded away: what a
 * reviewer must re-check in the translation.
 */
export function sourceChangesView({ approved, current, parent, extensions = [] }: SourceChangesOptions): MergeView {
  const readOnly = [extensions, EditorState.readOnly.of(true), EditorView.editable.of(false)];
  return new MergeView({
    a: { doc: approved, extensions: readOnly },
    b: { doc: current, extensions: readOnly },
    parent,
    highlightChanges: true,
    gutter: true,
    collapseUnchanged: { margin: 2, minSize: 4 },
  });
}
