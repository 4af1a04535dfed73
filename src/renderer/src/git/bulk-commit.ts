import { useEffect, useState } from 'react';
import { call, errorMessage } from '../api/client';

/**
 * "Commit when applied" for the retag dialog: the files that differ from the
 * last commit are noted BEFORE the apply; afterwards exactly the files the
 * apply wrote that were clean before are committed (the others are left out
 * and named), with the message main made from the operation.
 */
export interface BulkCommitBaseline {
  dirty: ReadonlySet<string>;
}

/** Whether the open folder is a git repository (the dialog offers the option only then). */
export function useIsGitRepo(): boolean {
  const [repo, setRepo] = useState(false);
  useEffect(() => {
    let live = true;
    call('git.status', {}).then(
      (status) => live && setRepo(status.state === 'repo' && status.operation === null && status.branch !== null),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return repo;
}

export async function bulkCommitBaseline(): Promise<BulkCommitBaseline | null> {
  const status = await call('git.status', {});
  return status.state === 'repo' ? { dirty: new Set(status.files.map((file) => file.path)) } : null;
}

/** Commits what the apply wrote; resolves to one sentence for the summary. */
export async function commitBulkEdit(baseline: BulkCommitBaseline, written: readonly string[], fallbackMessage: string): Promise<string> {
  const paths = written.filter((path) => !baseline.dirty.has(path));
  const leftOut = written.filter((path) => baseline.dirty.has(path));
  const note = leftOut.length > 0 ? ` Left out (they had other uncommitted changes): ${leftOut.join(', ')}.` : '';
  if (paths.length === 0) return `Nothing committed.${note}`;
  try {
    const status = await call('git.status', {});
    const message = (status.state === 'repo' ? status.files.find((file) => file.path === paths[0])?.byApp : undefined) ?? fallbackMessage;
    const done = await call('git.commit', { paths, message });
    return `Committed ${done.commit.slice(0, 7)}: ${done.paths.length} file${done.paths.length === 1 ? '' : 's'}.${note}`;
  } catch (error) {
    return `Not committed: ${errorMessage(error)}${note}`;
  }
}
