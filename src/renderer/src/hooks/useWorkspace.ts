import { useCallback, useEffect, useRef, useState } from 'react';
import type { IndexProgress, WorkspaceStatus } from '@shared/ipc/contract';
import { call, on } from '../api/client';

/** The open workspace as the UI sees it. */
export interface WorkspaceState {
  status: WorkspaceStatus | null;
  /** Live progress from `index.progress` events (falls back to the status's). */
  progress: IndexProgress | null;
  /** The last error from `workspace.status` (e.g. `no-workspace`). */
  error: unknown;
  /** Bumped whenever indexed data may have changed, so views re-query. */
  dataVersion: number;
  /** Replace the status after open/pick. */
  adopt: (status: WorkspaceStatus) => void;
  /** Re-query now (after a save: the index already has the file). */
  touch: () => void;
}

/**
 * Loads `workspace.status` and follows `index.progress` and `workspace.changed`.
 * Views re-query when indexing finishes or files change on disk.
 */
export function useWorkspace(): WorkspaceState {
  const [status, setStatus] = useState<WorkspaceStatus | null>(null);
  const [progress, setProgress] = useState<IndexProgress | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [dataVersion, setDataVersion] = useState(0);
  const lastPhase = useRef<IndexProgress['phase'] | null>(null);

  const refresh = useCallback(async () => {
    try {
      const next = await call('workspace.status', {});
      setStatus(next);
      setError(null);
      setProgress((live) => (live === null || next.progress.phase !== 'idle' ? next.progress : live));
      return next;
    } catch (caught) {
      setError(caught);
      return null;
    }
  }, []);

  const adopt = useCallback((next: WorkspaceStatus) => {
    setStatus(next);
    setError(null);
    setProgress(next.progress);
    lastPhase.current = next.progress.phase;
    setDataVersion((v) => v + 1);
  }, []);

  useEffect(() => {
    void refresh();
    const offProgress = on('index.progress', (next) => {
      setProgress(next);
      // Re-query when a phase ends (not on every tick): rows are listable once
      // indexing is through, before full-text search is built, and complete at idle.
      const phaseChanged = lastPhase.current !== null && lastPhase.current !== next.phase;
      lastPhase.current = next.phase;
      if (phaseChanged && next.phase !== 'indexing') {
        void refresh().then(() => setDataVersion((v) => v + 1));
      }
    });
    const offChanged = on('workspace.changed', () => {
      void refresh();
      setDataVersion((v) => v + 1);
    });
    // The menu or the recent list opened another folder.
    const offOpened = on('workspace.opened', adopt);
    return () => {
      offProgress();
      offChanged();
      offOpened();
    };
  }, [refresh, adopt]);

  const touch = useCallback(() => {
    void refresh();
    setDataVersion((v) => v + 1);
  }, [refresh]);

  // While main is busy (as far as this page knows), ask again every second: an
  // event sent before the page's event stream was connected (over HTTP it
  // connects after the first status answer) is never delivered, and a status
  // answer computed just before the last event can arrive after it. Either
  // way the page would go on showing "Indexing 34/34" or "Checking
  // translations 0/5" for good. Main's answer is the truth; the poll ends with the work.
  const shown = progress ?? status?.progress ?? null;
  const busy = shown !== null && shown.phase !== 'idle';
  useEffect(() => {
    if (!busy) return;
    const timer = setInterval(() => {
      void refresh().then((next) => {
        if (next === null || next.progress.phase !== 'idle') return;
        const wasIdle = lastPhase.current === 'idle';
        lastPhase.current = 'idle';
        setProgress(next.progress);
        if (!wasIdle) setDataVersion((v) => v + 1);
      });
    }, 1000);
    return () => clearInterval(timer);
  }, [busy, refresh]);

  // The status answers with the current phase; if indexing was already running
  // when we loaded, its end must also trigger a re-query.
  useEffect(() => {
    if (status && lastPhase.current === null) lastPhase.current = status.progress.phase;
  }, [status]);

  return { status, progress: progress ?? status?.progress ?? null, error, dataVersion, adopt, touch };
}
