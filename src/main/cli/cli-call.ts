import { CopydeskError } from '@shared/errors';
import type { Channel } from '@shared/ipc/channels';
import { contract, type ChannelInput, type ChannelOutput } from '@shared/ipc/contract';
import { createHandlers } from '../api/handlers';
import { serve } from '../api/serve';
import type { Workspace } from '../services/workspace';

/** Calls one channel on `ws` through `serve()` (the same validation as the app), throwing CopydeskError on failure. */
export type CliCall = <C extends Channel>(channel: C, input: ChannelInput<C>) => Promise<ChannelOutput<C>>;

/**
 * Handlers bound to one already-open workspace, for one-shot commands that
 * write (set, retag, undo). An unexpected failure is not logged here (that
 * would print a stack trace): it becomes the thrown error's `cause`, which
 * the command line prints with `--debug`.
 */
export function cliCall(ws: Workspace): CliCall {
  let unexpected: unknown;
  const dispatch = serve(
    contract,
    createHandlers({ getWorkspace: () => ws, openWorkspace: async () => ws, canOpenOther: false, recentFolders: () => [] }),
    (_message, error) => {
      unexpected = error;
    },
  );
  return async (channel, input) => {
    unexpected = undefined;
    const envelope = await dispatch(channel, input);
    if (!envelope.ok) {
      const error = CopydeskError.fromData(envelope.error);
      if (unexpected !== undefined) Object.defineProperty(error, 'cause', { value: unexpected, configurable: true, writable: true });
      throw error;
    }
    return envelope.value as ChannelOutput<typeof channel>;
  };
}
