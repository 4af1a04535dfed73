import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CHANNELS, EVENTS, IPC_PREFIX, type Channel, type EventName } from '../shared/ipc/channels';
import type { CopydeskBridge } from '../shared/ipc/api';

/*
 * The sandboxed preload: exposes `window.api` with one method per channel and
 * `on(event, listener)`. No generic send, no ipcRenderer, no event objects
 * cross the bridge; input validation happens in main.
 */

type ChannelMethods = Omit<CopydeskBridge, 'on'>;

const invoke = (channel: Channel) => (input: unknown) => ipcRenderer.invoke(IPC_PREFIX + channel, input);

// Built from the channel list, so TypeScript cannot see that every key is present; CHANNELS is the contract's key list.
const methods = Object.fromEntries(CHANNELS.map((channel) => [channel, invoke(channel)])) as unknown as ChannelMethods;

const isEventName = (name: string): name is EventName => (EVENTS as readonly string[]).includes(name);

const on: CopydeskBridge['on'] = (event, listener) => {
  if (!isEventName(event)) throw new Error(`Unknown Copydesk event "${String(event)}".`);
  const relay = (_event: IpcRendererEvent, payload: unknown): void => {
    listener(payload as Parameters<typeof listener>[0]);
  };
  ipcRenderer.on(IPC_PREFIX + event, relay);
  return () => {
    ipcRenderer.removeListener(IPC_PREFIX + event, relay);
  };
};

const bridge: CopydeskBridge = { ...methods, on };

contextBridge.exposeInMainWorld('api', bridge);
