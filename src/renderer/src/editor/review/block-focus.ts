import type { Extension } from '@codemirror/state';
import { EditorView, ViewPlugin } from '@codemirror/view';
import { blockIndexAt, blockMarksField, setBlockMarks } from './block-marks';

/**
 * Calls `onChange` with the index of the block holding the main cursor
 * whenever that changes (null between blocks or without marks), so the other
 * pane can highlight its counterpart.
 */
export function blockFocusListener(onChange: (index: number | null, view: EditorView) => void): Extension {
  const last = new WeakMap<EditorView, number | null>();
  return EditorView.updateListener.of((update) => {
    const marksChanged = update.transactions.some((tr) => tr.effects.some((e) => e.is(setBlockMarks)));
    if (!update.selectionSet && !update.docChanged && !marksChanged && !update.focusChanged) return;
    // Only the pane the user is in drives the highlight; a reload in the other one must not.
    if (!update.view.hasFocus) return;
    const { marks } = update.state.field(blockMarksField);
    const index = blockIndexAt(marks, update.state.selection.main.head);
    // Coming back into a pane reports its block again: the other pane's highlight was cleared meanwhile.
    if (last.has(update.view) && last.get(update.view) === index && !marksChanged && !update.focusChanged) return;
    last.set(update.view, index);
    onChange(index, update.view);
  });
}

/** Tells the owner when a view with this extension is built and destroyed, so it can dispatch to it. */
export function viewLifecycle(onAttach: (view: EditorView) => void, onDetach: (view: EditorView) => void): Extension {
  return ViewPlugin.define((view) => {
    let live = true;
    // Reported after construction finishes: dispatching inside a plugin constructor is not allowed.
    queueMicrotask(() => live && onAttach(view));
    return {
      destroy: () => {
        live = false;
        onDetach(view);
      },
    };
  });
}
