import type { Channel } from '@shared/ipc/channels';
import { documentHandlers } from './document-handlers';
import { findHandlers } from './find-handlers';
import { createHandlerContext, type HandlerDeps, type HandlerGroup } from './handler-context';
import { libraryHandlers } from './library-handlers';
import { retagHandlers } from './retag-handlers';
import { reviewHandlers } from './review-handlers';
import { spellcheckHandlers } from './spellcheck-handlers';
import { workspaceHandlers } from './workspace-handlers';

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
  return {
    ...workspaceHandlers(context),
    ...libraryHandlers(context),
    ...findHandlers(context),
    ...documentHandlers(context),
    ...retagHandlers(context),
    ...reviewHandlers(context),
    ...spellcheckHandlers(context),
  };
}
