import { useCallback, useState } from 'react';
import type { ChannelOutput } from '@shared/ipc/contract';
import { call, errorMessage } from '../api/client';
import { CommitDialog } from './CommitDialog';
import { GitCompareDialog } from './GitCompareDialog';
import type { GitApi } from './useGit';

/** Which git dialog is open; the window's keys and the panel's buttons open them. */
export interface GitDialogs {
  commitOpen: boolean;
  openCommit: () => void;
  closeCommit: () => void;
  comparing: ChannelOutput<'git.compare'> | null;
  compare: (path: string) => void;
  closeCompare: () => void;
}

/** `onError`: a compare that could not be read (the window shows it in its banner). */
export function useGitDialogs(onError: (message: string) => void): GitDialogs {
  const [commitOpen, setCommitOpen] = useState(false);
  const [comparing, setComparing] = useState<ChannelOutput<'git.compare'> | null>(null);
  const compare = useCallback(
    (path: string) => {
      call('git.compare', { path }).then(setComparing, (error: unknown) => onError(errorMessage(error)));
    },
    [onError],
  );
  return {
    commitOpen,
    openCommit: useCallback(() => setCommitOpen(true), []),
    closeCommit: useCallback(() => setCommitOpen(false), []),
    comparing,
    compare,
    closeCompare: useCallback(() => setComparing(null), []),
  };
}

/** The commit and compare dialogs, above the window. A failed commit's message shows inside its dialog. */
export function GitLayer({ git, dialogs }: { git: GitApi; dialogs: GitDialogs }) {
  const { status, activity, message } = git;
  const { commitOpen, closeCommit } = dialogs;
  return (
    <>
      {commitOpen && status?.state === 'repo' && (
        <CommitDialog
          status={status}
          busy={activity?.action === 'commit'}
          error={message?.kind === 'error' ? message.text : null}
          onClose={closeCommit}
          onCommit={async (paths, text) => {
            const done = await git.commit(paths, text);
            if (done) closeCommit();
            return done !== null;
          }}
        />
      )}
      {dialogs.comparing && <GitCompareDialog compared={dialogs.comparing} onClose={dialogs.closeCompare} />}
    </>
  );
}
