import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { CHANNELS } from '@shared/ipc/channels';
import { contract } from '@shared/ipc/contract';
import { createEventHub } from '../api/event-hub';
import { createHandlers } from '../api/handlers';
import { serve } from '../api/serve';
import { bindIpc, createSenderCheck, forwardEvents } from './electron-ipc';

/*
 * Electron is not available under Vitest, so its objects are stood in for by
 * plain ones with the few members the transport touches. Our own code
 * (handlers, serve) is real.
 */

type Listener = (event: IpcMainInvokeEvent, input: unknown) => Promise<unknown>;

function fakeIpcMain(): { ipcMain: IpcMain; handlers: Map<string, Listener> } {
  const handlers = new Map<string, Listener>();
  const ipcMain = {
    handle: (channel: string, listener: Listener) => handlers.set(channel, listener),
    removeHandler: (channel: string) => handlers.delete(channel),
  } as unknown as IpcMain;
  return { ipcMain, handlers };
}

const RENDERER = 'app://copydesk/index.html';

function fakeWebContents(): WebContents {
  return { isDestroyed: () => false, send: () => undefined } as unknown as WebContents;
}

function eventFrom(sender: WebContents, url: string, isMainFrame = true): IpcMainInvokeEvent {
  return { sender, senderFrame: { url, parent: isMainFrame ? null : {} } } as unknown as IpcMainInvokeEvent;
}

const dispatch = serve(
  contract,
  createHandlers({ getWorkspace: () => null, openWorkspace: () => Promise.reject(new Error('unused')), canOpenOther: true, recentFolders: () => ['/r'] }),
);

describe('bindIpc', () => {
  it('registers one copydesk: handler per channel and removes them again', () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const unbind = bindIpc({ ipcMain, dispatch, isTrustedSender: () => true });
    expect([...handlers.keys()].sort()).toEqual(CHANNELS.map((c) => `copydesk:${c}`).sort());
    unbind();
    expect(handlers.size).toBe(0);
  });

  it('answers trusted senders through dispatch and others with forbidden', async () => {
    const ours = fakeWebContents();
    const { ipcMain, handlers } = fakeIpcMain();
    bindIpc({ ipcMain, dispatch, isTrustedSender: createSenderCheck({ getWebContents: () => ours, rendererUrl: RENDERER }) });
    const recent = handlers.get('copydesk:workspace.recent');
    expect(await recent?.(eventFrom(ours, `${RENDERER}#/library`), {})).toEqual({ ok: true, value: { folders: ['/r'] } });
    const refused = await recent?.(eventFrom(fakeWebContents(), RENDERER), {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('createSenderCheck', () => {
  const ours = fakeWebContents();
  const cases = [
    { name: 'our renderer', event: eventFrom(ours, RENDERER), dev: false, expected: true },
    { name: 'our renderer with a hash route', event: eventFrom(ours, `${RENDERER}#/a?b`), dev: false, expected: true },
    { name: 'another window', event: eventFrom(fakeWebContents(), RENDERER), dev: false, expected: false },
    { name: 'another file on disk', event: eventFrom(ours, 'file:///tmp/evil.html'), dev: false, expected: false },
    { name: 'the built renderer as a file', event: eventFrom(ours, 'file:///app/out/renderer/index.html'), dev: false, expected: false },
    { name: 'another app:// host', event: eventFrom(ours, 'app://other/index.html'), dev: false, expected: false },
    { name: 'an asset of ours as a page', event: eventFrom(ours, 'app://copydesk/assets/index.js'), dev: false, expected: false },
    { name: 'a remote page', event: eventFrom(ours, 'https://evil.example/'), dev: false, expected: false },
    { name: 'a subframe', event: eventFrom(ours, RENDERER, false), dev: false, expected: false },
    { name: 'the dev server', event: eventFrom(ours, 'http://localhost:5173/some/route'), dev: true, expected: true },
    { name: 'another origin in dev', event: eventFrom(ours, 'http://localhost:5174/'), dev: true, expected: false },
  ];
  for (const c of cases) {
    it(`${c.name} → ${c.expected}`, () => {
      const check = createSenderCheck({ getWebContents: () => ours, rendererUrl: c.dev ? 'http://localhost:5173/' : RENDERER });
      expect(check(c.event)).toBe(c.expected);
    });
  }

  it('trusts nobody while there is no window', () => {
    expect(createSenderCheck({ getWebContents: () => null, rendererUrl: RENDERER })(eventFrom(ours, RENDERER))).toBe(false);
  });
});

describe('forwardEvents', () => {
  it('sends hub events to the window as copydesk:<event>', () => {
    const sent: Array<[string, unknown]> = [];
    const target = { isDestroyed: () => false, send: (channel: string, payload: unknown) => sent.push([channel, payload]) } as unknown as WebContents;
    const hub = createEventHub();
    const off = forwardEvents(hub.subscribe, () => target);
    hub.emit('index.progress', { phase: 'indexing', done: 1, total: 2 });
    off();
    hub.emit('index.progress', { phase: 'idle', done: 0, total: 0 });
    expect(sent).toEqual([['copydesk:index.progress', { phase: 'indexing', done: 1, total: 2 }]]);
  });
});
