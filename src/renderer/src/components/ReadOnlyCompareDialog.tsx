import { useEffect, useRef, type ReactNode } from 'react';
import { EditorView } from '@codemirror/view';
import { copydeskTheme, markdownWithFrontmatter, preserveLineEndings } from '../editor';
import { sourceChangesView } from '../editor/review';
import { DialogFrame } from './DialogFrame';

interface Props {
  /** Id of the heading, for the dialog's accessible name. */
  titleId: string;
  title: string;
  /** One line under the title: which file, and what each side is. */
  note: ReactNode;
  /** The column labels, left then right. */
  labels: readonly [string, string];
  before: string;
  after: string;
  className?: string;
  testId?: string;
  onClose: () => void;
}

/**
 * Two versions of one file in CodeMirror's read-only merge view, in a dialog
 * with only Close: what changed since an approval, since the last commit.
 * (The disk-vs-editor dialog edits its right side, so it has its own.)
 */
export function ReadOnlyCompareDialog({ titleId, title, note, labels, before, after, className, testId, onClose }: Props) {
  const hostRef = useRef<HTMLDivElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const view = sourceChangesView({
      approved: before,
      current: after,
      parent: host,
      extensions: [preserveLineEndings(), markdownWithFrontmatter(), copydeskTheme(), EditorView.lineWrapping],
    });
    closeRef.current?.focus();
    return () => view.destroy();
  }, [before, after]);

  return (
    <DialogFrame labelledBy={titleId} className={`dialog--wide source-changes${className ? ` ${className}` : ''}`} onClose={onClose} {...(testId !== undefined && { testId })}>
      <h2 id={titleId}>{title}</h2>
      <p className="dialog-note">{note}</p>
      <div className="compare-labels" aria-hidden="true">
        <span>{labels[0]}</span>
        <span>{labels[1]}</span>
      </div>
      <div className="compare-host" ref={hostRef} />
      <div className="dialog-actions">
        <button ref={closeRef} type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
    </DialogFrame>
  );
}
