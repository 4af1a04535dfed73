import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { GitChange } from '@shared/ipc/git-contract';
import { EmptyState } from '../components/EmptyState';
import { aheadBehind, branchLabel, KIND_LABEL, stateWarning } from './git-labels';
import type { GitApi } from './useGit';

interface Props {
  git: GitApi;
  onCompare: (path: string) => void;
  onOpen: (path: string) => void;
  onCommit: () => void;
  /** Shows the changed articles in the library (the `changed:true` filter). */
  onShowInLibrary: () => void;
  /** Take the keyboard focus when shown (Ctrl+Shift+G). */
  autoFocus?: boolean;
}

/**
 * What differs from the last commit: branch and upstream, pull / push /
 * commit, then every changed file with what the app did to it. Arrows move,
 * Enter compares with the last commit, O opens the article.
 */
export function ChangesPanel({ git, onCompare, onOpen, onCommit, onShowInLibrary, autoFocus = false }: Props) {
  const { status, activity, message } = git;
  const [selected, setSelected] = useState(0);
  const listRef = useRef<HTMLDivElement>(null);
  const files = status?.state === 'repo' ? status.files : [];

  useEffect(() => {
    if (autoFocus) listRef.current?.focus();
  }, [autoFocus, status?.state]);
  useEffect(() => setSelected((current) => Math.min(current, Math.max(0, files.length - 1))), [files.length]);

  if (status === null) return <EmptyState title="Reading git status…" />;
  if (status.state === 'unavailable') {
    const title = status.reason === 'not-a-repo' ? 'Not a git repository' : status.reason === 'git-missing' ? 'Git is not installed' : 'Git status failed';
    return (
      <div className="changes" data-testid="changes-panel" data-state={status.reason}>
        <EmptyState title={title}>{status.message} Everything else in Copydesk works as usual.</EmptyState>
      </div>
    );
  }

  const warning = stateWarning(status);
  const busy = activity !== null;
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const file = files[selected];
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setSelected((current) => Math.max(0, Math.min(files.length - 1, current + (event.key === 'ArrowDown' ? 1 : -1))));
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      setSelected(event.key === 'Home' ? 0 : files.length - 1);
    } else if (event.key === 'Enter' && file) {
      event.preventDefault();
      onCompare(file.path);
    } else if (event.key.toLowerCase() === 'o' && !event.ctrlKey && !event.metaKey && !event.altKey && file && file.kind !== 'deleted') {
      event.preventDefault();
      onOpen(file.path);
    }
  };

  return (
    <div className="changes" data-testid="changes-panel" data-state="repo">
      <div className="changes-head">
        <div className="changes-branch">
          <BranchIcon />
          <strong data-testid="changes-branch">{branchLabel(status)}</strong>
          {status.upstream !== null && (
            <span className="changes-upstream" title={`Upstream: ${status.upstream}`}>
              {status.upstream} <span data-testid="changes-ahead-behind">{aheadBehind(status) || 'up to date'}</span>
            </span>
          )}
          {status.upstream === null && status.branch !== null && <span className="changes-upstream">no upstream</span>}
        </div>
        <div className="changes-actions">
          <button type="button" className="button" onClick={() => void git.pull()} disabled={busy} title="git pull, as this repository is set up (Ctrl+Alt+P)">
            Pull{status.behind > 0 && <span className="tab-count">{status.behind}</span>}
          </button>
          <button type="button" className="button" onClick={() => void git.push()} disabled={busy} title="git push to the upstream (Ctrl+Alt+Shift+P)">
            Push{status.ahead > 0 && <span className="tab-count">{status.ahead}</span>}
          </button>
          <button type="button" className="button button--primary" onClick={onCommit} disabled={busy || files.length === 0} title="Pick files and commit them (Ctrl+Alt+K)">
            Commit…
          </button>
        </div>
      </div>
      {activity && (
        <div className="changes-activity" role="status" data-testid="git-activity">
          <span className="spinner" aria-hidden="true" />
          <span>{activity.action === 'pull' ? 'Pulling' : activity.action === 'push' ? 'Pushing' : 'Committing'}…</span>
          {activity.line && <span className="changes-activity-line">{activity.line}</span>}
          {activity.percent !== null && (
            <span className="progress" role="progressbar" aria-label={`${activity.action} progress`} aria-valuemin={0} aria-valuemax={100} aria-valuenow={activity.percent}>
              <span className="progress-fill" style={{ width: `${activity.percent}%` }} />
            </span>
          )}
        </div>
      )}
      {message && (
        <div className={`changes-message changes-message--${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'} data-testid="git-message" data-code={message.code}>
          <span className="changes-message-text">{message.text}</span>
          <button type="button" className="link-button" onClick={git.clearMessage}>
            Dismiss
          </button>
        </div>
      )}
      {warning && (
        <div className="changes-warning" role="note" data-testid="git-warning">
          {warning}
        </div>
      )}
      {files.length === 0 ? (
        <EmptyState title="No changes">Every file here is as the last commit has it.</EmptyState>
      ) : (
        <>
          <div className="changes-summary">
            <span>
              {files.length} changed file{files.length === 1 ? '' : 's'}
              {status.appChanged.length > 0 && ` · ${status.appChanged.length} changed in Copydesk`}
            </span>
            <button type="button" className="link-button" onClick={onShowInLibrary}>
              Show in the library
            </button>
          </div>
          <div
            ref={listRef}
            className="changes-list"
            role="listbox"
            aria-label="Changed files"
            tabIndex={0}
            aria-activedescendant={files[selected] ? `change-${selected}` : undefined}
            onKeyDown={onKeyDown}
          >
            {files.map((file, index) => (
              <ChangeRow key={file.path} file={file} index={index} selected={index === selected} onSelect={setSelected} onCompare={onCompare} onOpen={onOpen} />
            ))}
          </div>
        </>
      )}
    </div>
  );
}

function ChangeRow({ file, index, selected, onSelect, onCompare, onOpen }: { file: GitChange; index: number; selected: boolean; onSelect: (index: number) => void; onCompare: (path: string) => void; onOpen: (path: string) => void }) {
  const label = KIND_LABEL[file.kind];
  return (
    <div
      id={`change-${index}`}
      role="option"
      aria-selected={selected}
      className={`change-row${selected ? ' change-row--selected' : ''}`}
      data-path={file.path}
      data-kind={file.kind}
      onClick={() => onSelect(index)}
      onDoubleClick={() => onCompare(file.path)}
    >
      <span className={`change-kind change-kind--${file.kind}`} title={label.word} aria-label={label.word}>
        {label.letter}
      </span>
      <span className="change-path" dir="ltr" title={file.origPath ? `${file.origPath} → ${file.path}` : file.path}>
        {file.origPath && <span className="change-orig">{file.origPath} → </span>}
        {file.path}
      </span>
      {file.staged && <span className="pill change-staged" title="Staged in git's index (e.g. with git add)">Staged</span>}
      {file.byApp && <span className="pill pill--ok change-by-app">{file.byApp}</span>}
      <span className="change-row-actions">
        <button type="button" className="button button--small" tabIndex={-1} onClick={() => onCompare(file.path)}>
          Compare
        </button>
        {file.kind !== 'deleted' && (
          <button type="button" className="button button--small" tabIndex={-1} onClick={() => onOpen(file.path)}>
            Open
          </button>
        )}
      </span>
    </div>
  );
}

/** A branch glyph for the head line and the status bar. */
export function BranchIcon({ size = 14 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" aria-hidden="true">
      <circle cx="4.5" cy="3.5" r="1.75" />
      <circle cx="4.5" cy="12.5" r="1.75" />
      <circle cx="11.5" cy="5" r="1.75" />
      <path d="M4.5 5.25v5.5M11.5 6.75c0 2.5-2 3-5 3.5" />
    </svg>
  );
}
