import type { Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { mark, PERF } from '../lib/perf';

/** Marks each key press in the editor, so the form and the preview can measure keystroke → updated. */
export function keystrokeMark(): Extension {
  return EditorView.domEventHandlers({
    keydown: () => {
      mark(PERF.keydown);
      mark(PERF.previewKeydown);
      return false;
    },
  });
}
