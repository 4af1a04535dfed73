/**
 * The one way a remote image reaches the page. The renderer's CSP allows
 * images from its own origin only (`img-src 'self' data:`), so a cover image
 * is requested from `/api/remote-image?url=…` and main fetches it, but only
 * once the person has allowed remote content for the open folder. Main, not
 * the page, holds the gate: a page that ignored the decision still gets
 * nothing, and switching folders needs no reload.
 */

/** The path both transports serve (HTTP: `http://127.0.0.1:PORT/api/remote-image`, Electron: `app://copydesk/api/remote-image`). */
export const REMOTE_IMAGE_PATH = '/api/remote-image';

/** Raster formats only: an SVG served from our origin could carry script if opened as a document. */
const IMAGE_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/avif']);
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

export type RemoteImageResult =
  | { ok: true; contentType: string; body: Uint8Array }
  | { ok: false; status: 400 | 403 | 502; message: string };

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface RemoteImageProxyOptions {
  /** Whether the person allowed remote content for the folder open now. Asked on every request. */
  allowed: () => boolean;
  /** The network; `globalThis.fetch` unless a test routes it to a local server. */
  fetch?: FetchLike;
  /** Largest image accepted (default 10 MB). */
  maxBytes?: number;
  /** Redirects followed, each to https only (default 5). */
  maxRedirects?: number;
  /** Gives up on a host that does not answer (default 20 s). */
  timeoutMs?: number;
}

/** Parses a URL the proxy may fetch: absolute https with a host and no credentials, else null. */
export function remoteImageUrl(raw: string | null | undefined): URL | null {
  if (typeof raw !== 'string' || raw.length > 4096) return null;
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' && url.hostname !== '' && url.username === '' && url.password === '' ? url : null;
  } catch {
    return null;
  }
}

/** Returns the function both transports call with the `url` query parameter. */
export function createRemoteImageProxy(options: RemoteImageProxyOptions): (raw: string | null) => Promise<RemoteImageResult> {
  const { allowed, fetch = globalThis.fetch, maxBytes = 10 * 1024 * 1024, maxRedirects = 5, timeoutMs = 20_000 } = options;
  return async (raw) => {
    if (!allowed()) return { ok: false, status: 403, message: 'Remote images are not allowed for this folder.' };
    let url = remoteImageUrl(raw);
    if (url === null) return { ok: false, status: 400, message: 'Only https image URLs are loaded.' };
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      for (let hop = 0; ; hop++) {
        // No cookies, no referrer, redirects checked by hand so none can downgrade to http or reach file:.
        const response = await fetch(url.href, {
          redirect: 'manual',
          credentials: 'omit',
          referrerPolicy: 'no-referrer',
          headers: { Accept: [...IMAGE_TYPES].join(',') },
          signal,
        });
        if (REDIRECT_STATUSES.has(response.status)) {
          await response.body?.cancel();
          const next = remoteImageUrl(new URL(response.headers.get('location') ?? '', url).href);
          if (next === null || hop >= maxRedirects) return { ok: false, status: 502, message: 'The image host redirected somewhere Copydesk does not follow.' };
          url = next;
          continue;
        }
        return await readImage(response, maxBytes);
      }
    } catch {
      return { ok: false, status: 502, message: 'The image host could not be reached.' };
    }
  };
}

async function readImage(response: Response, maxBytes: number): Promise<RemoteImageResult> {
  const contentType = (response.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (!response.ok || !IMAGE_TYPES.has(contentType) || declared > maxBytes || response.body === null) {
    await response.body?.cancel();
    return { ok: false, status: 502, message: `The image host answered ${response.status} ${contentType || 'without a type'}.` };
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return { ok: false, status: 502, message: `The image is larger than ${maxBytes} bytes.` };
    }
    chunks.push(value);
  }
  return { ok: true, contentType, body: Buffer.concat(chunks) };
}
