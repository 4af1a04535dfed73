import { useEffect, useState } from 'react';
import type { ChannelOutput } from '@shared/ipc/contract';
import { call, errorMessage } from '../../api/client';
import { useAsyncValue } from '../../hooks/useAsyncValue';
import { formatCount } from '../../lib/format';
import { UndoReport } from './ApplySummary';
import { Modal } from './Modal';
import { undoTitle } from '../lib/undo-report';

type Undone = ChannelOutput<'retag.undo'>;

interface Props {
  onClose: () => void;
  /** Files were restored: the library re-queries. */
  onUndone: () => void;
}

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function when(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : timeFormat.format(date);
}

/**
 * Recent bulk edits, newest first, each with its undo state. The newest one
 * not undone yet has the focused Undo button, so Ctrl+Alt+Z then Enter undoes
 * the last bulk edit.
 */
export function JournalsDialog({ onClose, onUndone }: Props) {
  const [version, setVersion] = useState(0);
  const journals = useAsyncValue(`journals\n${version}`, () => call('retag.journals', {}));
  const [busy, setBusy] = useState<string | null>(null);
  const [report, setReport] = useState<{ description: string; result: Undone } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const list = journals.value?.journals ?? [];
  const latest = list.find((journal) => !journal.undone)?.id;
  const loaded = journals.value !== null;

  // The list arrives after the dialog opened: then put focus on the newest edit's Undo.
  useEffect(() => {
    if (loaded) document.querySelector<HTMLElement>('[data-testid="retag-journals"] [data-autofocus]')?.focus();
  }, [loaded, report]);

  const undo = async (id: string, description: string): Promise<void> => {
    setBusy(id);
    setError(null);
    try {
      const result = await call('retag.undo', { journalId: id });
      onUndone();
      setReport({ description, result });
      setVersion((v) => v + 1);
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Modal
      key={report ? 'report' : 'list'}
      title={report ? undoTitle(report.result) : 'Bulk edits'}
      subtitle={report ? report.description : 'Undo restores the exact bytes each edit replaced; files edited since are left alone.'}
      onClose={onClose}
      className="retag-dialog--medium"
      testId="retag-journals"
      footer={
        <>
          {report && (
            <button type="button" className="button" onClick={() => setReport(null)}>
              All bulk edits
            </button>
          )}
          <button type="button" className="button button--primary" data-autofocus={report || latest === undefined ? true : undefined} onClick={onClose}>
            Close
          </button>
        </>
      }
    >
      {error && (
        <p className="retag-error" role="alert">
          {error}
        </p>
      )}
      {report ? (
        <UndoReport result={report.result} />
      ) : journals.error !== null ? (
        <p className="retag-error">{errorMessage(journals.error)}</p>
      ) : journals.value === null ? (
        <p className="plan-empty">Loading…</p>
      ) : list.length === 0 ? (
        <p className="plan-empty">No bulk edits in this folder yet.</p>
      ) : (
        <table className="journals">
          <thead>
            <tr>
              <th>When</th>
              <th>Edit</th>
              <th className="num">Files</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {list.map((journal) => (
              <tr key={journal.id} className={journal.undone ? 'journal--undone' : undefined} data-journal={journal.id}>
                <td className="journal-when">{when(journal.at)}</td>
                <td className="journal-what" title={journal.description}>
                  {journal.description}
                </td>
                <td className="num">{formatCount(journal.files)}</td>
                <td className="journal-action">
                  {journal.undone ? (
                    <span className="pill">Undone</span>
                  ) : (
                    <button
                      type="button"
                      className="button"
                      data-autofocus={journal.id === latest ? true : undefined}
                      disabled={busy !== null}
                      onClick={() => void undo(journal.id, journal.description)}
                    >
                      {busy === journal.id ? 'Undoing…' : 'Undo'}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Modal>
  );
}
