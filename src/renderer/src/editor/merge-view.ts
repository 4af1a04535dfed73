import { MergeView } from '@codemirror/merge';
import { EditorState } from '@codemirror/state';
import type { Extension } from '@codemirror/state';

/** What `compareView` shows. */
export interface CompareOptions {
  /** The file as it is on disk now; shown read-only on the left. */
  disk: string;
  /** The editor's text; editable on the right, so disk chunks can be taken over one by one. */
  mine: string;
  parent: HTMLElement;
  /** Language, theme and setup shared by both sides. */
  extensions?: Extension;
}

/**
 * A side-by-side merge view of disk vs editor. Arrows between the sides copy
 * a disk chunk into the editor's text; the caller reads `view.b.state.doc`
 * when the user is done and destroys the view.
 */
export function compareView({ disk, mine, parent, extensions = [] }: CompareOptions): MergeView {
  return new MergeView({
    a: { doc: disk, extensions: [extensions, EditorState.readOnly.of(true)] },
    b: { doc: mine, extensions },
    parent,
    revertControls: 'a-to-b',
    highlightChanges: true,
    gutter: true,
    collapseUnchanged: { margin: 3, minSize: 6 },
  });
}
