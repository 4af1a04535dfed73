import { CopydeskError } from '@shared/errors';
import type { Channel } from '@shared/ipc/channels';
import type { ChannelOutput, HandlerInput, WorkspaceStatus } from '@shared/ipc/contract';
import type { Workspace } from '../services/workspace';

/** One plain async function per channel; inputs are already validated by `serve()`. */
export type Handlers = { [C in Channel]: (input: HandlerInput<C>) => Promise<ChannelOutput<C>> };

/** What the handlers need from their host (Electron shell, `copydesk serve`, tests). */
export interface HandlerDeps {
  /** The open workspace, or null before a folder is opened. */
  getWorkspace(): Workspace | null;
  /** Opens `root` (closing any previous workspace) and starts indexing it in the background. */
  openWorkspace(root: string): Promise<Workspace>;
  /** False over HTTP: a browser tab must not make the server read another folder. */
  canOpenOther: boolean;
  recentFolders(): string[];
  /** Native folder picker; absent where there is none (HTTP, CLI). */
  pickFolder?: () => Promise<string | null>;
}

/**
 * Builds the handler map. Handlers know nothing of transports: they take
 * validated input, return plain data, and throw CopydeskError on failures the
 * caller can act on.
 */
export function createHandlers(deps: HandlerDeps): Handlers {
  const workspace = (): Workspace => {
    const ws = deps.getWorkspace();
    if (!ws) throw new CopydeskError('no-workspace', 'Open a folder first.');
    return ws;
  };
  const statusOf = (ws: Workspace): WorkspaceStatus => ({ ...ws.status(), canOpenOther: deps.canOpenOther });
  const requireOpenOther = (): void => {
    if (!deps.canOpenOther) {
      throw new CopydeskError('forbidden', 'This window cannot open another folder; restart Copydesk with the folder you want.');
    }
  };

  return {
    'workspace.open': async ({ root }) => {
      requireOpenOther();
      return statusOf(await deps.openWorkspace(root));
    },
    'workspace.status': async () => statusOf(workspace()),
    'workspace.reindex': async ({ full }) => {
      const ws = workspace();
      await ws.index({ full });
      return statusOf(ws);
    },
    'workspace.recent': async () => ({ folders: deps.recentFolders() }),
    'workspace.pick': async () => {
      requireOpenOther();
      if (!deps.pickFolder) throw new CopydeskError('forbidden', 'There is no folder picker here.');
      const root = await deps.pickFolder();
      return root === null ? null : statusOf(await deps.openWorkspace(root));
    },
    'articles.query': async (input) => workspace().queryArticles(input),
    'articles.facets': async (input) => workspace().facets(input),
    'article.read': async ({ path }) => workspace().readArticle(path),
    'group.read': async ({ externalId }) => workspace().readGroup(externalId),
    'tags.list': async () => workspace().tags(),
    'validation.report': async () => workspace().validationReport(),
  };
}
