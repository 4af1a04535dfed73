import { useMemo, useState } from 'react';
import type { GitStatus } from '@shared/ipc/git-contract';
import { DialogFrame } from '../components/DialogFrame';
import { branchLabel, KIND_LABEL } from './git-labels';

type RepoStatus = Extract<GitStatus, { state: 'repo' }>;

interface Props {
  status: RepoStatus;
  busy: boolean;
  /** Resolves true when the commit was made (the dialog then closes). */
  onCommit: (paths: string[], message: string) => Promise<boolean>;
  onClose: () => void;
  /** The last failure, shown inside the dialog. */
  error: string | null;
}

/**
 * Pick the files to commit — at first those changed in Copydesk since the
 * last commit — and write the message, prefilled from what was done. Only
 * the ticked files are committed, whatever else is staged. Ctrl+Enter commits.
 */
export function CommitDialog({ status, busy, onCommit, onClose, error }: Props) {
  const changed = useMemo(() => new Set(status.files.map((file) => file.path)), [status.files]);
  const [ticked, setTicked] = useState<ReadonlySet<string>>(() => new Set(status.appChanged.filter((path) => changed.has(path))));
  const [message, setMessage] = useState(status.suggestedMessage);
  const chosen = status.files.filter((file) => ticked.has(file.path)).map((file) => file.path);
  const conflicted = status.files.some((file) => file.kind === 'conflicted' && ticked.has(file.path));
  const canCommit = !busy && chosen.length > 0 && message.trim() !== '' && status.identity !== null && !conflicted;

  const toggle = (path: string): void =>
    setTicked((current) => {
      const next = new Set(current);
      if (next.has(path)) next.delete(path);
      else next.add(path);
      return next;
    });
  const submit = (): void => {
    if (canCommit) void onCommit(chosen, message);
  };

  return (
    <DialogFrame labelledBy="commit-title" className="dialog--wide commit-dialog" onClose={busy ? undefined : onClose} isolateKeys testId="commit-dialog">
      <h2 id="commit-title">Commit to {branchLabel(status)}</h2>
      {status.identity ? (
        <p className="dialog-note commit-author">
          As {status.identity.name} &lt;{status.identity.email}&gt; (from git&apos;s configuration)
        </p>
      ) : (
        <div className="commit-no-identity" role="alert">
          <p>Git does not know who you are, so it cannot record an author. In a terminal, run:</p>
          <pre>
            git config --global user.name &quot;Your Name&quot;{'\n'}git config --global user.email &quot;you@example.com&quot;
          </pre>
          <p>then open this dialog again.</p>
        </div>
      )}
      <div className="commit-files-head">
        <span>
          {chosen.length} of {status.files.length} file{status.files.length === 1 ? '' : 's'}
        </span>
        <button type="button" className="link-button" onClick={() => setTicked(new Set(status.appChanged.filter((path) => changed.has(path))))}>
          Changed in Copydesk
        </button>
        <button type="button" className="link-button" onClick={() => setTicked(new Set(changed))}>
          All
        </button>
        <button type="button" className="link-button" onClick={() => setTicked(new Set())}>
          None
        </button>
      </div>
      <ul className="commit-files" aria-label="Files to commit">
        {status.files.map((file) => (
          <li key={file.path}>
            <label className="commit-file">
              <input type="checkbox" checked={ticked.has(file.path)} onChange={() => toggle(file.path)} />
              <span className={`change-kind change-kind--${file.kind}`} title={KIND_LABEL[file.kind].word}>
                {KIND_LABEL[file.kind].letter}
              </span>
              <span className="change-path" dir="ltr">
                {file.path}
              </span>
              {file.byApp && <span className="pill pill--ok">{file.byApp}</span>}
            </label>
          </li>
        ))}
      </ul>
      <label className="commit-message-label" htmlFor="commit-message">
        Message
      </label>
      <textarea
        id="commit-message"
        className="commit-message"
        data-autofocus
        rows={4}
        value={message}
        placeholder="What changed, e.g. “Approve uk translation of …”"
        onChange={(event) => setMessage(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            submit();
          }
        }}
      />
      {conflicted && <p className="commit-error">Resolve the conflicts in the ticked files first.</p>}
      {error && (
        <p className="commit-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose} disabled={busy}>
          Cancel
        </button>
        <button type="button" className="button button--primary" onClick={submit} disabled={!canCommit} title="Ctrl+Enter">
          {busy ? 'Committing…' : `Commit ${chosen.length} file${chosen.length === 1 ? '' : 's'}`}
        </button>
      </div>
    </DialogFrame>
  );
}
