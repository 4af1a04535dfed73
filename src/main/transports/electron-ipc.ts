import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { CHANNELS, IPC_PREFIX } from '@shared/ipc/channels';
import type { Envelope } from '@shared/ipc/envelope';
import type { Subscribe } from '../api/event-hub';
import type { Dispatch } from '../api/serve';

export interface BindIpcOptions {
  ipcMain: IpcMain;
  dispatch: Dispatch;
  /** Decides whether an invoke comes from our own renderer; see `createSenderCheck`. */
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean;
}

const FORBIDDEN: Envelope<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'This call did not come from the Copydesk window.' },
};

/**
 * Registers one `ipcMain.handle('copydesk:<channel>')` per channel. A call
 * from any other frame or window gets the forbidden envelope and never
 * reaches a handler. Returns a function that removes the handlers.
 */
export function bindIpc({ ipcMain, dispatch, isTrustedSender }: BindIpcOptions): () => void {
  for (const channel of CHANNELS) {
    ipcMain.handle(IPC_PREFIX + channel, async (event, input: unknown) =>
      isTrustedSender(event) ? dispatch(channel, input) : FORBIDDEN,
    );
  }
  return () => {
    for (const channel of CHANNELS) ipcMain.removeHandler(IPC_PREFIX + channel);
  };
}

export interface SenderCheckOptions {
  /** Our window's webContents (null while there is no window). */
  getWebContents: () => WebContents | null;
  /** `app://copydesk/index.html` in production, or the dev server URL. */
  rendererUrl: string;
}

/**
 * Trusted = sent by the main frame of our window, currently showing our
 * renderer. Frames are compared by URL without hash or query, so a file://
 * page, another app:// host or another origin never qualifies.
 */
export function createSenderCheck({ getWebContents, rendererUrl }: SenderCheckOptions): (event: IpcMainInvokeEvent) => boolean {
  const expected = stripHashAndQuery(rendererUrl);
  const isDevServer = /^https?:/.test(expected);
  return (event) => {
    const ours = getWebContents();
    const frame = event.senderFrame;
    if (!ours || event.sender !== ours || !frame || frame.parent !== null) return false;
    const actual = stripHashAndQuery(frame.url);
    // The dev server serves the renderer from any path of its origin; a built renderer is one file.
    return isDevServer ? sameOrigin(actual, expected) : actual === expected;
  };
}

/** Forwards hub events to the window as `copydesk:<event>` messages. Returns the unsubscribe function. */
export function forwardEvents(subscribe: Subscribe, getWebContents: () => WebContents | null): () => void {
  return subscribe(({ event, payload }) => {
    const target = getWebContents();
    if (target && !target.isDestroyed()) target.send(IPC_PREFIX + event, payload);
  });
}

function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}

function stripHashAndQuery(url: string): string {
  const cut = url.search(/[?#]/);
  return cut === -1 ? url : url.slice(0, cut);
}
