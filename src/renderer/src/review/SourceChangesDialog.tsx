import { useEffect, useRef } from 'react';
import { EditorView } from '@codemirror/view';
import { copydeskTheme, markdownWithFrontmatter, preserveLineEndings } from '../editor';
import { sourceChangesView } from '../editor/review';
import { DialogFrame } from '../components/DialogFrame';

interface Props {
  path: string;
  /** The commit the approved version was found in. */
  commit: string;
  approved: string;
  current: string;
  onClose: () => void;
}

/** The original as approved (from git) beside the original now, in a read-only merge view. */
export function SourceChangesDialog({ path, commit, approved, current, onClose }: Props) {
  const hostRef = useRef<HTMLDivElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const view = sourceChangesView({
      approved,
      current,
      parent: host,
      extensions: [preserveLineEndings(), markdownWithFrontmatter(), copydeskTheme(), EditorView.lineWrapping],
    });
    closeRef.current?.focus();
    return () => view.destroy();
  }, [approved, current]);

  return (
    <DialogFrame labelledBy="source-changes-title" className="dialog--wide source-changes" onClose={onClose}>
      <h2 id="source-changes-title">What changed in the original since approval</h2>
      <p className="dialog-note">
        <span dir="ltr">{path}</span> — left: as approved (commit <code>{commit.slice(0, 10)}</code>); right: now. Check the translation against the highlighted changes.
      </p>
      <div className="compare-labels" aria-hidden="true">
        <span>As approved</span>
        <span>Now</span>
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
