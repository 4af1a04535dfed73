import type { ReactNode } from 'react';
import type { ChannelOutput } from '@shared/ipc/contract';
import { formatCount } from '../../lib/format';
import { reasonText } from '../lib/skip-reasons';
import { undoNotes } from '../lib/undo-report';

type Applied = ChannelOutput<'retag.apply'>;
type Undone = ChannelOutput<'retag.undo'>;

/** What an apply did: changed, skipped (with reasons) and failed files. */
export function ApplySummary({ result }: { result: Applied }) {
  return (
    <div className="retag-summary" data-testid="apply-summary">
      {result.cancelled && (
        <p className="retag-note">
          Stopped before the end. The files listed as changed were written completely and can be undone; the others were not touched.
        </p>
      )}
      <div className="plan-stats">
        <span className="plan-stat plan-stat--ok" data-stat="changed">
          <strong>{formatCount(result.changed.length)}</strong> changed
        </span>
        <span className={`plan-stat plan-stat--${result.skipped.length > 0 ? 'warn' : 'muted'}`} data-stat="skipped">
          <strong>{formatCount(result.skipped.length)}</strong> skipped
        </span>
        <span className={`plan-stat plan-stat--${result.failed.length > 0 ? 'bad' : 'muted'}`} data-stat="failed">
          <strong>{formatCount(result.failed.length)}</strong> failed
        </span>
      </div>
      <FileList title="Changed" open={result.skipped.length === 0 && result.failed.length === 0} items={result.changed.map((path) => ({ path }))} />
      <FileList title="Skipped" open items={result.skipped.map(({ path, reason, message }) => ({ path, detail: reasonText(reason), title: message }))} />
      <FileList title="Failed" open items={result.failed.map(({ path, message }) => ({ path, detail: message }))} />
    </div>
  );
}

/** What an undo did: restored files, those left alone with the reason, and whether it can be finished later. */
export function UndoReport({ result }: { result: Undone }) {
  return (
    <div className="retag-summary" data-testid="undo-report" data-complete={result.complete}>
      <div className="plan-stats">
        <span className="plan-stat plan-stat--ok" data-stat="restored">
          <strong>{formatCount(result.restored.length)}</strong> restored
        </span>
        <span className={`plan-stat plan-stat--${result.skipped.length > 0 ? 'warn' : 'muted'}`} data-stat="left-alone">
          <strong>{formatCount(result.skipped.length)}</strong> left alone
        </span>
      </div>
      {undoNotes(result).map((note) => (
        <p key={note} className="retag-note" data-testid="undo-note">
          {note}
        </p>
      ))}
      <FileList title="Restored" open={result.skipped.length === 0} items={result.restored.map((path) => ({ path }))} />
      <FileList title="Left alone" open items={result.skipped.map(({ path, reason }) => ({ path, detail: reasonText(reason) }))} />
    </div>
  );
}

interface Item {
  path: string;
  detail?: ReactNode;
  title?: string;
}

const SHOWN = 200;

function FileList({ title, items, open }: { title: string; items: Item[]; open: boolean }) {
  if (items.length === 0) return null;
  return (
    <details className="retag-files" open={open}>
      <summary>
        {title} <span className="tab-count">{formatCount(items.length)}</span>
      </summary>
      <ul>
        {items.slice(0, SHOWN).map(({ path, detail, title: hint }) => (
          <li key={path} title={hint}>
            <span className="plan-file-path" dir="ltr">
              {path}
            </span>
            {detail && <span className="plan-file-reason">{detail}</span>}
          </li>
        ))}
        {items.length > SHOWN && <li className="retag-more">… and {formatCount(items.length - SHOWN)} more</li>}
      </ul>
    </details>
  );
}
