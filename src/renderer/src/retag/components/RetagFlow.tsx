import { useEffect, useRef, useState } from 'react';
import type { ChannelOutput } from '@shared/ipc/contract';
import { call, errorMessage, on } from '../../api/client';
import { bulkCommitBaseline, commitBulkEdit, useIsGitRepo } from '../../git';
import { useSetting } from '../../hooks/useSetting';
import { formatCount } from '../../lib/format';
import { describeDraft, draftToOperation } from '../lib/operation-draft';
import type { RetagLabels } from '../lib/role-labels';
import type { OperationDraft } from '../lib/operation-draft';
import { pathsExcept } from '../lib/resolve-selection';
import type { RetagRequest } from '../lib/retag-request';
import { undoTitle } from '../lib/undo-report';
import { ApplySummary, UndoReport } from './ApplySummary';
import { Modal } from './Modal';
import { OperationForm } from './OperationForm';
import { PlanPreview } from './PlanPreview';
import { ProgressBar } from './ProgressBar';

type Plan = ChannelOutput<'retag.plan'>;

type Step =
  | { name: 'compose'; error: string | null }
  | { name: 'planning'; planId: string | null; done: number; total: number; what: string }
  | { name: 'preview'; plan: Plan }
  | { name: 'applying'; plan: Plan; done: number; total: number; stopping: boolean }
  | { name: 'summary'; plan: Plan; result: ChannelOutput<'retag.apply'>; undoError: string | null; undoing: boolean; commitNote?: string }
  | { name: 'undone'; result: ChannelOutput<'retag.undo'> }
  /** The apply failed or stopped midway (its journal could not be written): main's message says what changed. */
  | { name: 'stopped'; message: string };

interface Props {
  request: RetagRequest;
  tagOptions: readonly string[];
  categoryOptions: readonly string[];
  /** Names of the fields written, for the labels. */
  labels: RetagLabels;
  /** Files were written (apply or undo): the library re-queries. */
  onWritten: (kind: 'applied' | 'undone') => void;
  onClose: () => void;
  /** Closes this dialog and lists the bulk edits (where a stopped one is undone). */
  onShowJournals: () => void;
}

/**
 * One bulk edit from start to end, in one dialog: compose → plan (nothing
 * written) → preview → apply with progress and Stop → summary with Undo.
 */
export function RetagFlow({ request, tagOptions, categoryOptions, labels, onWritten, onClose, onShowJournals }: Props) {
  const [draft, setDraft] = useState<OperationDraft>(request.draft);
  const [groups, setGroups] = useSetting('retag-groups', false);
  const [commitToo, setCommitToo] = useSetting('retag-commit', false);
  const isRepo = useIsGitRepo();
  const [step, setStepState] = useState<Step>({ name: 'compose', error: null });
  const stepRef = useRef(step);
  // The ref changes with the state, not on the next render: a progress event
  // (SSE) can arrive after the plan's answer and must see that planning ended.
  const setStep = (next: Step): void => {
    stepRef.current = next;
    setStepState(next);
  };
  const abandoned = useRef(false);
  useEffect(() => () => void (abandoned.current = true), []);

  // Progress for planning (its id is not known until it answers) and applying.
  useEffect(
    () =>
      on('retag.progress', ({ planId, done, total }) => {
        const current = stepRef.current;
        if (current.name === 'planning' && (current.planId === null || current.planId === planId)) {
          setStep({ ...current, planId, done, total, what: 'Reading files' });
        } else if (current.name === 'applying' && current.plan.planId === planId) setStep({ ...current, done, total });
      }),
    [],
  );

  const checked = draftToOperation(draft);
  const description = describeDraft(draft, labels);
  const useGroups = request.allowGroups && groups;

  const plan = async (): Promise<void> => {
    if (!checked.ok) return;
    const base = typeof request.target === 'function' ? request.target(draft) : request.target;
    setStep({ name: 'planning', planId: null, done: 0, total: 0, what: 'Listing the selection' });
    try {
      let selection: { query: string } | { paths: string[] } = 'paths' in base ? base : { query: base.query };
      if ('query' in base && base.excluded.length > 0) {
        const fetchPage = async (offset: number, limit: number) => {
          const answer = await call('articles.query', { query: base.query, offset, limit });
          return { total: answer.total, paths: answer.rows.map((row) => row.path) };
        };
        const onProgress = (done: number, total: number): void => {
          if (stepRef.current.name === 'planning') setStep({ ...stepRef.current, done, total });
        };
        selection = { paths: await pathsExcept(new Set(base.excluded), fetchPage, { onProgress }) };
      }
      const answer = await call('retag.plan', { selection, groups: useGroups, operation: checked.operation });
      if (abandoned.current || stepRef.current.name !== 'planning') return;
      setStep({ name: 'preview', plan: answer });
    } catch (error) {
      if (stepRef.current.name === 'planning') setStep({ name: 'compose', error: errorMessage(error) });
    }
  };

  const stopPlanning = (): void => {
    const current = stepRef.current;
    if (current.name === 'planning' && current.planId) void call('retag.cancel', { planId: current.planId }).catch(() => undefined);
    setStep({ name: 'compose', error: null });
  };

  const apply = async (planned: Plan): Promise<void> => {
    setStep({ name: 'applying', plan: planned, done: 0, total: planned.summary.changed, stopping: false });
    try {
      const baseline = isRepo && commitToo ? await bulkCommitBaseline() : null;
      const result = await call('retag.apply', { planId: planned.planId });
      const commitNote = baseline && result.changed.length > 0 ? await commitBulkEdit(baseline, result.changed, description) : undefined;
      onWritten('applied');
      setStep({ name: 'summary', plan: planned, result, undoError: null, undoing: false, ...(commitNote !== undefined && { commitNote }) });
    } catch (error) {
      // Some files may be written ("Stopped after changing 3 of 40 files…"): the library re-reads them.
      onWritten('applied');
      setStep({ name: 'stopped', message: errorMessage(error) });
    }
  };

  const stopApplying = (): void => {
    const current = stepRef.current;
    if (current.name !== 'applying') return;
    setStep({ ...current, stopping: true });
    void call('retag.cancel', { planId: current.plan.planId }).catch(() => undefined);
  };

  const undo = async (): Promise<void> => {
    const current = stepRef.current;
    if (current.name !== 'summary') return;
    setStep({ ...current, undoing: true, undoError: null });
    try {
      const result = await call('retag.undo', { journalId: current.result.journalId });
      onWritten('undone');
      setStep({ name: 'undone', result });
    } catch (error) {
      setStep({ ...current, undoing: false, undoError: errorMessage(error) });
    }
  };

  const subtitle = <span className="retag-scope">{request.scope}</span>;

  switch (step.name) {
    case 'compose':
    case 'planning': {
      const planning = step.name === 'planning';
      return (
        <Modal
          key="compose"
          title="Bulk edit"
          subtitle={subtitle}
          onClose={planning ? stopPlanning : onClose}
          testId="retag-compose"
          footer={
            planning ? (
              <>
                <span className="retag-foot-note">Nothing is written until you apply the plan.</span>
                <button type="button" className="button" onClick={stopPlanning}>
                  Stop
                </button>
              </>
            ) : (
              <>
                <span className="retag-foot-note">{checked.ok ? 'Nothing is written until you apply the plan.' : checked.problem}</span>
                <button type="button" className="button" onClick={onClose}>
                  Cancel
                </button>
                <button type="button" className="button button--primary" disabled={!checked.ok} onClick={() => void plan()}>
                  Preview changes
                </button>
              </>
            )
          }
        >
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void plan();
            }}
          >
            <fieldset className="retag-fieldset" disabled={planning}>
              <OperationForm
                draft={draft}
                onDraft={setDraft}
                kinds={request.kinds}
                tagOptions={tagOptions}
                categoryOptions={categoryOptions}
                groups={request.allowGroups ? groups : null}
                onGroups={setGroups}
                labels={labels}
              />
            </fieldset>
            {/* Enter in a field plans (the chip inputs take Enter for themselves while text is typed). */}
            <button type="submit" hidden />
          </form>
          {step.name === 'compose' && step.error && (
            <p className="retag-error" role="alert">
              {step.error}
            </p>
          )}
          {planning && <ProgressBar done={step.done} total={step.total} label={`${step.what}…`} />}
        </Modal>
      );
    }
    case 'preview':
      return (
        <Modal
          title={description}
          subtitle={subtitle}
          onClose={onClose}
          className="retag-dialog--wide"
          key="preview"
          testId="retag-preview"
          footer={
            <>
              <span className="retag-foot-note">Nothing has been written yet. Applying can be undone.</span>
              {isRepo && (
                <label className="retag-commit-option" title="One git commit of exactly the files this edit writes; files with other uncommitted changes are left out">
                  <input type="checkbox" checked={commitToo} onChange={(event) => setCommitToo(event.target.checked)} /> Commit when applied
                </label>
              )}
              <button type="button" className="button" onClick={() => setStep({ name: 'compose', error: null })}>
                Back
              </button>
              <button type="button" className="button" onClick={onClose}>
                Cancel
              </button>
              <button
                type="button"
                className="button button--primary"
                data-autofocus
                disabled={step.plan.summary.changed === 0}
                onClick={() => void apply(step.plan)}
              >
                Apply to {formatCount(step.plan.summary.changed)} {step.plan.summary.changed === 1 ? 'file' : 'files'}
              </button>
            </>
          }
        >
          <PlanPreview plan={step.plan} />
        </Modal>
      );
    case 'applying':
      return (
        <Modal
          title={`${description} — applying`}
          subtitle={subtitle}
          key="applying"
          testId="retag-applying"
          footer={
            <>
              <span className="retag-foot-note">Stopping keeps every file whole: written files stay written and can be undone.</span>
              <button type="button" className="button" disabled={step.stopping} onClick={stopApplying}>
                {step.stopping ? 'Stopping…' : 'Stop'}
              </button>
            </>
          }
        >
          <ProgressBar done={step.done} total={step.total} label="Writing files" />
        </Modal>
      );
    case 'summary':
      return (
        <Modal
          title={step.result.cancelled ? `${description} — stopped` : `${description} — done`}
          subtitle={subtitle}
          onClose={onClose}
          key="summary"
          testId="retag-summary"
          footer={
            <>
              {step.undoError && <span className="retag-error">{step.undoError}</span>}
              <button type="button" className="button" disabled={step.undoing || step.result.changed.length === 0} onClick={() => void undo()}>
                {step.undoing ? 'Undoing…' : 'Undo this edit'}
              </button>
              <button type="button" className="button button--primary" data-autofocus onClick={onClose}>
                Done
              </button>
            </>
          }
        >
          <ApplySummary result={step.result} />
          {step.commitNote && (
            <p className="retag-commit-note" role="status" data-testid="retag-commit-note">
              {step.commitNote}
            </p>
          )}
        </Modal>
      );
    case 'undone':
      return (
        <Modal
          title={undoTitle(step.result)}
          subtitle={description}
          onClose={onClose}
          key="undone"
          testId="retag-undone"
          footer={
            <button type="button" className="button button--primary" data-autofocus onClick={onClose}>
              Done
            </button>
          }
        >
          <UndoReport result={step.result} />
        </Modal>
      );
    case 'stopped':
      return (
        <Modal
          title={`${description} — not finished`}
          subtitle={subtitle}
          onClose={onClose}
          key="stopped"
          testId="retag-stopped"
          footer={
            <>
              <button type="button" className="button" onClick={onShowJournals}>
                Bulk edits…
              </button>
              <button type="button" className="button button--primary" data-autofocus onClick={onClose}>
                Close
              </button>
            </>
          }
        >
          <p className="retag-error" role="alert" data-testid="retag-stop-message">
            {step.message}
          </p>
        </Modal>
      );
  }
}
