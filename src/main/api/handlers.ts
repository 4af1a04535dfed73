import type { Channel } from '@shared/ipc/channels';
import { documentHandlers } from './document-handlers';
import { findHandlers } from './find-handlers';
import { gitHandlers, trackAppWrites } from './git-handlers';
import { createHandlerContext, type HandlerDeps, type HandlerGroup } from './handler-context';
import { libraryHandlers } from './library-handlers';
import { repairHandlers } from './repair-handlers';
import { retagHandlers } from './retag-handlers';
import { reviewHandlers } from './review-handlers';
import { spellcheckHandlers } from './spellcheck-handlers';
import { workspaceHandlers } from './workspace-handlers';
import { GitService } from '../services/git';

export type { HandlerDeps } from './handler-context';

/** One plain async function per channel; inputs are already validated by `serve()`. */
export type Handlers = HandlerGroup<Channel>;

/**
 * Builds the handler map from one file per domain. Handlers know nothing of
 * transports: they take validated input, return plain data, and throw
 * CopydeskError on failures the caller can act on.
 */
export function createHandlers(deps: HandlerDeps): Handlers {
  const context = createHandlerContext(deps);
  const git = new GitService();
  const handlers: Handlers = {
    ...workspaceHandlers(context),
    ...libraryHandlers(context, git),
    ...findHandlers(context),
    ...documentHandlers(context),
    ...retagHandlers(context),
    ...reviewHandlers(context),
    ...repairHandlers(context),
    ...gitHandlers(context, git),
    ...spellcheckHandlers(context),
  };
  return retryAfterIndexRecovery(deps, trackAppWrites(handlers, context, git));
}

/**
 * A request whose query finds the index damaged runs once more after the
 * workspace has moved the damaged files aside and rebuilt the index (see
 * `Workspace.recoverFrom`). Safe for handlers that write: their index
 * updates recover inside the workspace, so a damaged index can only fail a
 * request before it writes.
 */
function retryAfterIndexRecovery(deps: HandlerDeps, handlers: Handlers): Handlers {
  const wrapped = Object.entries(handlers).map(([channel, handler]) => {
    const once = handler as (input: unknown) => Promise<unknown>;
    const retried = async (input: unknown): Promise<unknown> => {
      try {
        return await once(input);
      } catch (error) {
        const ws = deps.getWorkspace();
        if (!ws || !(await ws.recoverFrom(error))) throw error;
        return once(input);
      }
    };
    return [channel, retried] as const;
  });
  // Rebuilt from the map's own entries, so every channel is there; TypeScript cannot follow fromEntries.
  return Object.fromEntries(wrapped) as unknown as Handlers;
}
