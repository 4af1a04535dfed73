import { CopydeskError, isCopydeskErrorData } from '@shared/errors';
import type { Channel, EventName } from '@shared/ipc/channels';
import type { ChannelInput, ChannelOutput, EventPayload } from '@shared/ipc/contract';
import type { CopydeskBridge } from '@shared/ipc/api';
import type { Envelope } from '@shared/ipc/envelope';
import { forgetToken, takeToken } from './token';

/**
 * The one way the UI talks to the handlers. Inside Electron it goes through
 * `window.api` (the preload); in a browser opened by `copydesk serve` it goes
 * over HTTP + Server-Sent Events. Both answer with the same envelope, so every
 * failure surfaces as a `CopydeskError` with a code.
 */

/** Which transport this page runs on. */
export type TransportKind = 'electron' | 'http';

/**
 * The preload's bridge, read once at load, before any article is rendered:
 * in a browser there is none, and `window.api` would later name any element
 * with `id="api"` (a previewed `## API` heading's anchor) — HTML's named
 * access on window. Checked by shape, never re-read.
 */
const bridge: CopydeskBridge | undefined = typeof window.api?.on === 'function' ? window.api : undefined;

export const transport: TransportKind = bridge ? 'electron' : 'http';

const token: string | null = bridge ? null : takeToken();

/** True in browser mode when no token came with the URL: nothing can be called. */
export const missingToken = transport === 'http' && token === null;

type Listener<E extends EventName> = (payload: EventPayload<E>) => void;

function unwrap<T>(envelope: unknown): T {
  if (typeof envelope === 'object' && envelope !== null && 'ok' in envelope) {
    const typed = envelope as Envelope<T>;
    if (typed.ok) return typed.value;
    if (isCopydeskErrorData(typed.error)) throw CopydeskError.fromData(typed.error);
  }
  throw new CopydeskError('internal', 'The server answered with something that is not a Copydesk envelope.');
}

async function callHttp(channel: Channel, input: unknown, signal?: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`/api/${channel}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token ?? ''}` },
      body: JSON.stringify(input),
      ...(signal && { signal }),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new CopydeskError('internal', 'Cannot reach the Copydesk server. Is `copydesk serve` still running?');
  }
  if (response.status === 401) forgetToken();
  let body: unknown;
  try {
    body = await response.json();
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new CopydeskError('internal', `The server answered ${response.status} without a JSON body.`);
  }
  return body;
}

/**
 * Calls a handler; resolves with its output or throws the `CopydeskError` it
 * reported. With `signal`, a call whose answer is no longer wanted rejects
 * with the abort reason instead (over HTTP its body is then never read).
 */
export async function call<C extends Channel>(channel: C, input: ChannelInput<C>, options: { signal?: AbortSignal } = {}): Promise<ChannelOutput<C>> {
  const { signal } = options;
  if (bridge) {
    // The bridge's per-channel methods are a mapped type; indexing it by a generic channel needs this one cast.
    const method = bridge[channel] as (input: ChannelInput<C>) => Promise<Envelope<ChannelOutput<C>>>;
    const envelope = await method(input);
    signal?.throwIfAborted();
    return unwrap<ChannelOutput<C>>(envelope);
  }
  return unwrap<ChannelOutput<C>>(await callHttp(channel, input, signal));
}

let source: EventSource | null = null;

function eventSource(): EventSource {
  source ??= new EventSource(`/api/events?token=${encodeURIComponent(token ?? '')}`);
  return source;
}

/** Subscribes to a main → renderer event; returns the unsubscribe function. */
export function on<E extends EventName>(event: E, listener: Listener<E>): () => void {
  if (bridge) return bridge.on(event, listener);
  if (!token) return () => undefined;
  const handler = (message: MessageEvent<string>): void => {
    try {
      listener(JSON.parse(message.data) as EventPayload<E>);
    } catch {
      // A malformed event must not break the page; the next status poll corrects any drift.
    }
  };
  const es = eventSource();
  es.addEventListener(event, handler as EventListener);
  return () => es.removeEventListener(event, handler as EventListener);
}

/**
 * Where the page loads a remote image from: main's proxy on our own origin
 * (the CSP allows no remote image), which answers only once the person has
 * allowed remote content for the open folder. Over HTTP the token rides in
 * the query, since an <img> cannot send a header.
 */
export function remoteImageSrc(url: string): string {
  const query = new URLSearchParams({ url });
  if (token !== null) query.set('token', token);
  return `/api/remote-image?${query.toString()}`;
}

/** A message fit for the UI from anything a call may throw. */
export function errorMessage(error: unknown): string {
  if (error instanceof CopydeskError) return error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}
