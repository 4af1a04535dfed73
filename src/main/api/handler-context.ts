import { CopydeskError } from '@shared/errors';
import type { Channel, EventName } from '@shared/ipc/channels';
import type { ChannelOutput, EventPayload, HandlerInput, WorkspaceStatus } from '@shared/ipc/contract';
import type { RemoteContentGrants } from '../services/remote-content';
import type { Workspace } from '../services/workspace';

/** What the handlers need from their host (Electron shell, `copydesk serve`, tests). */
export interface HandlerDeps {
  /** The open workspace, or null before a folder is opened. */
  getWorkspace(): Workspace | null;
  /** Opens `root` (closing any previous workspace) and starts indexing it in the background. */
  openWorkspace(root: string): Promise<Workspace>;
  /** False over HTTP: a browser tab must not make the server read another folder. */
  canOpenOther: boolean;
  recentFolders(): string[];
  /**
   * Whether `workspace.open` may open `root`: the desktop app allows only a folder chosen in
   * its dialog or opened before (app/folder-grants). Absent: any folder (tests, the CLI in-process).
   */
  mayOpenFolder?: (root: string) => Promise<boolean>;
  /** Per-folder consent to remote content; absent: never allowed (and not grantable). */
  remoteContent?: RemoteContentGrants;
  /**
   * The desktop app's per-folder trust (app/folder-trust), with `apply`
   * reloading the open workspace's model under the new answer. Absent
   * (`copydesk serve`, the CLI): trust is the host's own flag, and the page
   * cannot change it.
   */
  folderTrust?: {
    wasAsked(root: string): boolean;
    setTrusted(root: string, trusted: boolean): void;
    apply(trusted: boolean): Promise<void>;
  };
  /** Native folder picker; absent where there is none (HTTP, CLI). */
  pickFolder?: () => Promise<string | null>;
  /** Points the spell checker at the dictionaries for these article languages and returns those used; absent where the browser checks (HTTP, CLI). */
  setSpellcheckLanguages?: (langs: readonly string[]) => string[];
  /** Sends an event to every connected client (renderer window, SSE streams). */
  emit?: <E extends EventName>(event: E, payload: EventPayload<E>) => void;
}

/** Handlers for a subset of channels; each domain file returns one of these. */
export type HandlerGroup<C extends Channel> = { [K in C]: (input: HandlerInput<K>) => Promise<ChannelOutput<K>> };

export interface HandlerContext {
  deps: HandlerDeps;
  /** The open workspace, or a `no-workspace` error the user can act on. */
  workspace(): Workspace;
  statusOf(ws: Workspace): WorkspaceStatus;
}

export function createHandlerContext(deps: HandlerDeps): HandlerContext {
  return {
    deps,
    workspace: () => {
      const ws = deps.getWorkspace();
      if (!ws) throw new CopydeskError('no-workspace', 'Open a folder first.');
      return ws;
    },
    statusOf: (ws) => ({ ...ws.status(), canOpenOther: deps.canOpenOther }),
  };
}
