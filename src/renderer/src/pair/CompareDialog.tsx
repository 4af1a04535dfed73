import { useEffect, useRef } from 'react';
import type { MergeView } from '@codemirror/merge';
import { EditorView } from '@codemirror/view';
import { compareView, copydeskTheme, markdownWithFrontmatter, preserveLineEndings } from '../editor';
import { DialogFrame } from '../components/DialogFrame';

interface Props {
  path: string;
  /** The file on disk now (left, read-only). */
  disk: string;
  /** The editor's text (right, editable). */
  mine: string;
  onApply: (merged: string) => void;
  onCancel: () => void;
}

/**
 * Disk vs editor in a CodeMirror merge view. Arrows copy a disk chunk into
 * the right side, which can also be edited; "Use this text" puts the right
 * side into the editor (one undoable change), with the disk version as the
 * new base so the next save does not conflict.
 */
export function CompareDialog({ path, disk, mine, onApply, onCancel }: Props) {
  const hostRef = useRef<HTMLDivElement>(null);
  const viewRef = useRef<MergeView | null>(null);

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const view = compareView({
      disk,
      mine,
      parent: host,
      extensions: [preserveLineEndings(), markdownWithFrontmatter(), copydeskTheme(), EditorView.lineWrapping],
    });
    viewRef.current = view;
    view.b.focus();
    return () => {
      view.destroy();
      viewRef.current = null;
    };
  }, [disk, mine]);

  return (
    <DialogFrame labelledBy="compare-title" className="dialog--wide compare" onClose={onCancel}>
      <h2 id="compare-title">Compare with the file on disk</h2>
      <p className="dialog-note">
        <span dir="ltr">{path}</span> — left: on disk now; right: your text. Arrows copy a change from the disk into your text; the right side can be edited.
      </p>
      <div className="compare-labels" aria-hidden="true">
        <span>On disk</span>
        <span>Yours</span>
      </div>
      <div className="compare-host" ref={hostRef} />
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button
          type="button"
          className="button button--primary"
          onClick={() => onApply(viewRef.current?.b.state.doc.toString() ?? mine)}
        >
          Use this text
        </button>
      </div>
    </DialogFrame>
  );
}
