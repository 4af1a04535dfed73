import { useEffect, useRef } from 'react';
import { EditorView } from '@codemirror/view';
import type { ChannelOutput } from '@shared/ipc/contract';
import { DialogFrame } from '../components/DialogFrame';
import { copydeskTheme, markdownWithFrontmatter, preserveLineEndings } from '../editor';
import { sourceChangesView } from '../editor/review';

interface Props {
  compared: ChannelOutput<'git.compare'>;
  onClose: () => void;
}

/** A changed file as the last commit has it (left) beside the file now (right), in the read-only merge view. */
export function GitCompareDialog({ compared, onClose }: Props) {
  const hostRef = useRef<HTMLDivElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const { head, current } = compared;

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const view = sourceChangesView({
      approved: head ?? '',
      current: current ?? '',
      parent: host,
      extensions: [preserveLineEndings(), markdownWithFrontmatter(), copydeskTheme(), EditorView.lineWrapping],
    });
    closeRef.current?.focus();
    return () => view.destroy();
  }, [head, current]);

  return (
    <DialogFrame labelledBy="git-compare-title" className="dialog--wide source-changes git-compare" onClose={onClose} testId="git-compare">
      <h2 id="git-compare-title">Changes since the last commit</h2>
      <p className="dialog-note">
        <span dir="ltr">{compared.path}</span> —{' '}
        {head === null ? 'a new file: the last commit does not have it.' : current === null ? 'deleted here: the last commit still has it.' : 'left: the last commit; right: the file now.'}
      </p>
      <div className="compare-labels" aria-hidden="true">
        <span>Last commit</span>
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
