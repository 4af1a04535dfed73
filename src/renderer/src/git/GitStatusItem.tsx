import type { GitStatus } from '@shared/ipc/git-contract';
import { BranchIcon } from './ChangesPanel';
import { aheadBehind, branchLabel } from './git-labels';

/** The status bar's git part: branch, ahead/behind its upstream, changed count; a click opens Changes. */
export function GitStatusItem({ status, onOpen }: { status: GitStatus | null; onOpen: () => void }) {
  if (status === null) return null;
  if (status.state === 'unavailable') {
    return (
      <button type="button" className="statusbar-git" onClick={onOpen} title={status.message} data-testid="git-status-item">
        {status.reason === 'not-a-repo' ? 'No git' : status.reason === 'git-missing' ? 'Git not installed' : 'Git status failed'}
      </button>
    );
  }
  const counts = aheadBehind(status);
  const warning = status.operation !== null ? ` · ${status.operation} in progress` : '';
  return (
    <button
      type="button"
      className={`statusbar-git${warning ? ' statusbar-git--warn' : ''}`}
      onClick={onOpen}
      title={`Branch ${branchLabel(status)}${status.upstream ? `, upstream ${status.upstream}` : ''} — Changes (Ctrl+Shift+G)`}
      data-testid="git-status-item"
    >
      <BranchIcon size={12} />
      <span>{branchLabel(status)}</span>
      {counts && <span>{counts}</span>}
      {status.files.length > 0 && <span>· {status.files.length} changed</span>}
      {warning && <span>{warning}</span>}
    </button>
  );
}
