import { useEffect, useRef, useState } from 'react';
import type { ChannelOutput } from '@shared/ipc/contract';
import { call, errorMessage } from '../api/client';
import { DialogFrame } from '../components/DialogFrame';
import { FileDiff } from '../retag/components/FileDiff';

type Plan = ChannelOutput<'repair.plan'>;

interface Props {
  /** The translation without readable frontmatter. */
  path: string;
  onCancel: () => void;
  /** The file was written: its path and new hash. */
  onRepaired: (path: string) => void;
}

/**
 * "Repair from original": plans the frontmatter (`repair.plan`), shows the
 * file's diff — and, for broken YAML, the block that will be replaced —
 * then writes it (`repair.apply`) with the hashes the plan was made from.
 * The write is journaled: Undo last bulk edit (Ctrl/Cmd+Alt+Z) reverts it.
 */
export function RepairDialog({ path, onCancel, onRepaired }: Props) {
  const [plan, setPlan] = useState<Plan | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    let live = true;
    call('repair.plan', { path }).then(
      (next) => live && setPlan(next),
      (caught: unknown) => live && setError(errorMessage(caught)),
    );
    return () => {
      live = false;
    };
  }, [path]);
  useEffect(() => {
    if (plan) confirmRef.current?.focus();
  }, [plan]);

  const blocked = plan === null ? 'Planning…' : !plan.changed ? 'Nothing to repair' : plan.errors.length > 0 ? 'The result would not be valid' : null;

  const apply = async (): Promise<void> => {
    if (plan === null || blocked !== null) return;
    setBusy(true);
    setError(null);
    try {
      const done = await call('repair.apply', { path, baseHash: plan.baseHash, newHash: plan.newHash, replaceBroken: plan.broken !== null });
      onRepaired(done.path);
    } catch (caught) {
      setError(errorMessage(caught));
      setBusy(false);
      requestAnimationFrame(() => confirmRef.current?.focus());
    }
  };

  return (
    <DialogFrame labelledBy="repair-title" describedBy="repair-body" className="repair-dialog" onClose={busy ? undefined : onCancel} testId="repair-dialog">
      <h2 id="repair-title">Repair frontmatter from the original</h2>
      <div id="repair-body" className="repair-body">
        {plan === null && error === null && <p aria-busy="true">Reading the original…</p>}
        {plan && (
          <>
            <p>
              Copies the frontmatter of <code dir="ltr">{plan.original}</code> into <code dir="ltr">{plan.path}</code>: language <code>{plan.lang}</code>
              {plan.frontmatter.draft === true && (
                <>
                  , <code>draft: true</code> so the untranslated title stays off the site
                </>
              )}
              . The text below the frontmatter is not changed.
            </p>
            {plan.broken !== null && (
              <p className="repair-broken" role="alert">
                {plan.broken} The lines marked − are replaced.
              </p>
            )}
            {plan.warnings.length > 0 && (
              <ul className="repair-warnings" aria-label="Warnings">
                {plan.warnings.map((warning) => (
                  <li key={warning}>{warning}</li>
                ))}
              </ul>
            )}
            {plan.errors.length > 0 && (
              <ul className="repair-errors" aria-label="Problems">
                {plan.errors.map((problem) => (
                  <li key={problem.message}>{problem.message}</li>
                ))}
              </ul>
            )}
            <div className="repair-diff">
              <FileDiff path={plan.path} hunks={plan.hunks} />
            </div>
          </>
        )}
        {error && (
          <p className="repair-error" role="alert">
            {error}
          </p>
        )}
      </div>
      <div className="dialog-actions">
        <span className="repair-undo-note">Undo: Ctrl+Alt+Z</span>
        <button type="button" className="button" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
        <button ref={confirmRef} type="button" className="button button--primary" disabled={busy || blocked !== null} title={blocked ?? undefined} onClick={() => void apply()}>
          {busy ? 'Repairing…' : plan?.broken ? 'Replace and repair' : 'Repair'}
        </button>
      </div>
    </DialogFrame>
  );
}
