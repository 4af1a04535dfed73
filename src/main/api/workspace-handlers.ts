import { CopydeskError } from '@shared/errors';
import type { ChannelOutput } from '@shared/ipc/contract';
import type { Workspace } from '../services/workspace';
import { trustedOnlySource } from '../services/content-model';
import type { HandlerContext, HandlerGroup } from './handler-context';

type WorkspaceChannel =
  | 'workspace.open'
  | 'workspace.status'
  | 'workspace.reindex'
  | 'workspace.recent'
  | 'workspace.pick'
  | 'workspace.remoteContent'
  | 'workspace.allowRemoteContent'
  | 'workspace.model'
  | 'workspace.trust'
  | 'workspace.setTrust';

export function workspaceHandlers({ deps, workspace, statusOf }: HandlerContext): HandlerGroup<WorkspaceChannel> {
  const requireOpenOther = (): void => {
    if (!deps.canOpenOther) {
      throw new CopydeskError('forbidden', 'This window cannot open another folder; restart Copydesk with the folder you want.');
    }
  };
  const trustOf = async (ws: Workspace): Promise<ChannelOutput<'workspace.trust'>> => {
    const file = await trustedOnlySource(ws.root);
    return {
      trusted: ws.trusted,
      canRun: file !== null,
      file,
      asked: deps.folderTrust?.wasAsked(ws.root) ?? true,
      canChange: deps.folderTrust !== undefined,
    };
  };
  return {
    'workspace.open': async ({ root }) => {
      requireOpenOther();
      // The page names the folder; only one the person chose (dialog, recent list) may be opened from it.
      if (deps.mayOpenFolder && !(await deps.mayOpenFolder(root))) {
        throw new CopydeskError('forbidden', 'Copydesk opens only folders you chose with File ▸ Open Folder… or opened before.', { path: root });
      }
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
    'workspace.remoteContent': async () => ({ allowed: deps.remoteContent?.isAllowed(workspace().root) ?? false }),
    'workspace.model': async () => ({ model: await workspace().contentModel() }),
    'workspace.trust': async () => trustOf(workspace()),
    'workspace.setTrust': async ({ trusted }) => {
      const ws = workspace();
      if (!deps.folderTrust) {
        throw new CopydeskError('forbidden', 'Trust for this folder is set where Copydesk was started: copydesk serve runs the site\'s content config unless started with --no-trust.');
      }
      deps.folderTrust.setTrusted(ws.root, trusted);
      await deps.folderTrust.apply(trusted);
      return trustOf(ws);
    },
    'workspace.allowRemoteContent': async () => {
      const root = workspace().root;
      if (!deps.remoteContent) throw new CopydeskError('forbidden', 'Remote content cannot be allowed here.');
      deps.remoteContent.allow(root);
      return { allowed: true };
    },
  };
}
