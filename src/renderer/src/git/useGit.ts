import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { CopydeskError } from '@shared/errors';
import type { ChannelOutput } from '@shared/ipc/contract';
import type { GitStatus } from '@shared/ipc/git-contract';
import { call, errorMessage, on } from '../api/client';
import { unsavedPaths } from '../lib/unsaved-changes';

/** A pull or push running, with git's last progress line. */
export interface GitActivity {
  action: 'pull' | 'push' | 'commit';
  line: string | null;
  percent: number | null;
}

/** The outcome of the last action, for the panel's message line. */
export interface GitMessage {
  kind: 'ok' | 'error';
  text: string;
  /** The error's code (`rejected-push`, `dirty-editor`, …) for tests and styling. */
  code?: string;
}

export interface GitApi {
  /** Null until the first status arrives. */
  status: GitStatus | null;
  /** Workspace paths that differ from the last commit (empty without a repository). */
  changed: ReadonlySet<string>;
  activity: GitActivity | null;
  message: GitMessage | null;
  refresh: () => void;
  commit: (paths: string[], message: string) => Promise<ChannelOutput<'git.commit'> | null>;
  pull: () => Promise<void>;
  push: () => Promise<void>;
  clearMessage: () => void;
}

const REFRESH_DEBOUNCE_MS = 250;
const EMPTY: ReadonlySet<string> = new Set();

/**
 * The open folder's git state: `git.status` on load, after files change
 * (the watcher's `workspace.changed`), when the window regains focus (a
 * commit made in a terminal), and after each action here. Pull and push
 * relay git's progress lines; a pull sends the editors' unsaved files so
 * main refuses it while there are any.
 */
export function useGit(ready: boolean, dataVersion: number, onFilesChanged: () => void): GitApi {
  const [status, setStatus] = useState<GitStatus | null>(null);
  const [activity, setActivity] = useState<GitActivity | null>(null);
  const [message, setMessage] = useState<GitMessage | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef(0);

  const load = useCallback(async () => {
    const ticket = ++latest.current;
    try {
      const next = await call('git.status', {});
      if (ticket === latest.current) setStatus(next);
    } catch (error) {
      if (ticket === latest.current) setStatus({ state: 'unavailable', reason: 'failed', message: errorMessage(error) });
    }
  }, []);

  const refresh = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void load(), REFRESH_DEBOUNCE_MS);
  }, [load]);

  // Every re-query of the library (a save, an index run, files changed on disk) may change the status too.
  useEffect(() => {
    if (ready) refresh();
  }, [ready, dataVersion, refresh]);

  useEffect(() => {
    const onFocus = (): void => refresh();
    window.addEventListener('focus', onFocus);
    const offProgress = on('git.progress', ({ action, line, percent }) => setActivity({ action, line, percent }));
    return () => {
      window.removeEventListener('focus', onFocus);
      offProgress();
      clearTimeout(timer.current);
    };
  }, [refresh]);

  const run = useCallback(
    async <T>(action: GitActivity['action'], task: () => Promise<T>, done: (value: T) => string): Promise<T | null> => {
      setActivity({ action, line: null, percent: null });
      setMessage(null);
      try {
        const value = await task();
        setMessage({ kind: 'ok', text: done(value) });
        return value;
      } catch (error) {
        setMessage({ kind: 'error', text: errorMessage(error), ...(error instanceof CopydeskError && { code: error.code }) });
        return null;
      } finally {
        setActivity(null);
        void load();
      }
    },
    [load],
  );

  const commit = useCallback(
    async (paths: string[], text: string) => {
      const done = await run('commit', () => call('git.commit', { paths, message: text }), (made) => `Committed ${made.commit.slice(0, 7)}: ${made.paths.length} file${made.paths.length === 1 ? '' : 's'}.`);
      // The library's `changed:` filter and badges follow the new commit.
      if (done) onFilesChanged();
      return done;
    },
    [run, onFilesChanged],
  );

  const pull = useCallback(async () => {
    const pulled = await run('pull', () => call('git.pull', { unsaved: unsavedPaths() }), (done) =>
      done.from === done.to ? 'Already up to date.' : `Pulled: ${done.changed.length} file${done.changed.length === 1 ? '' : 's'} changed here.`,
    );
    if (pulled && pulled.changed.length > 0) onFilesChanged();
  }, [run, onFilesChanged]);

  const push = useCallback(async () => {
    await run('push', () => call('git.push', {}), (done) => (done.pushed === 0 ? 'Nothing to push.' : `Pushed ${done.pushed} commit${done.pushed === 1 ? '' : 's'}${done.upstream ? ` to ${done.upstream}` : ''}.`));
  }, [run]);

  const changed = useMemo(() => (status?.state === 'repo' ? new Set(status.files.map((file) => file.path)) : EMPTY), [status]);

  return { status, changed, activity, message, refresh, commit, pull, push, clearMessage: useCallback(() => setMessage(null), []) };
}
