import type { ReactNode } from 'react';
import type { IndexProgress, WorkspaceStatus } from '@shared/ipc/contract';
import { formatCount, formatProgress, formatSummary, progressFraction } from '../lib/format';
import type { TransportKind } from '../api/client';

interface Props {
  status: WorkspaceStatus | null;
  progress: IndexProgress | null;
  shown: number | null;
  transport: TransportKind;
  /** The git item (branch, ahead/behind), when there is one. */
  git?: ReactNode;
}

/** Index progress while indexing, otherwise the workspace summary; plus how many rows the query shows. */
export function StatusBar({ status, progress, shown, transport, git }: Props) {
  const working = progress ? formatProgress(progress) : null;
  const fraction = progress ? progressFraction(progress) : null;
  return (
    <footer className="statusbar">
      <div className="statusbar-left" role="status" aria-live="polite" data-testid="index-status">
        {working ? (
          <>
            <span className="spinner" aria-hidden="true" />
            <span>{working}</span>
            {fraction !== null && (
              <span className="progress" role="progressbar" aria-label="Index progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(fraction * 100)}>
                <span className="progress-fill" style={{ width: `${fraction * 100}%` }} />
              </span>
            )}
          </>
        ) : status ? (
          <span data-idle="true">{formatSummary(status)}</span>
        ) : (
          <span>Not connected</span>
        )}
      </div>
      <div className="statusbar-right">
        {shown !== null && <span data-testid="shown-count">{formatCount(shown)} shown</span>}
        {git && (
          <>
            <span className="statusbar-sep" aria-hidden="true" />
            {git}
          </>
        )}
        <span className="statusbar-sep" aria-hidden="true" />
        <span title={transport === 'http' ? 'Served by `copydesk serve` on 127.0.0.1' : 'Desktop app'}>
          {transport === 'http' ? 'Local server' : 'Desktop'}
        </span>
        <span className="statusbar-sep" aria-hidden="true" />
        <span>
          <kbd>?</kbd> shortcuts
        </span>
      </div>
    </footer>
  );
}
