import { CopydeskError } from '@shared/errors';
import type { Channel } from '@shared/ipc/channels';
import { contract, type ChannelInput, type ChannelOutput } from '@shared/ipc/contract';
import { createHandlers } from '../api/handlers';
import { serve } from '../api/serve';
import type { Workspace } from '../services/workspace';

/** Calls one channel on `ws` through `serve()` (the same validation as the app), throwing CopydeskError on failure. */
export type CliCall = <C extends Channel>(channel: C, input: ChannelInput<C>) => Promise<ChannelOutput<C>>;

/** Handlers bound to one already-open workspace, for one-shot commands that write (set, retag, undo). */
export function cliCall(ws: Workspace): CliCall {
  const dispatch = serve(
    contract,
    createHandlers({ getWorkspace: () => ws, openWorkspace: async () => ws, canOpenOther: false, recentFolders: () => [] }),
  );
  return async (channel, input) => {
    const envelope = await dispatch(channel, input);
    if (!envelope.ok) throw CopydeskError.fromData(envelope.error);
    return envelope.value as ChannelOutput<typeof channel>;
  };
}
