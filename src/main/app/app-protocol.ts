import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { REMOTE_IMAGE_PATH, type RemoteImageResult } from '../services/remote-image';
import { CONTENT_SECURITY_POLICY, CONTENT_TYPES, REMOTE_IMAGE_HEADERS, resolveStaticPath } from '../transports/http-static';
import { APP_HOST, APP_SCHEME } from './renderer-source';

export interface AppProtocolOptions {
  /** The built renderer (`out/renderer`); nothing outside it is ever served. */
  rendererDir: string;
  /** Answers `app://copydesk/api/remote-image?url=`; absent → 404. */
  remoteImage?: (url: string | null) => Promise<RemoteImageResult>;
}

/** Headers every `app://` response carries. */
const BASE_HEADERS = { 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' } as const;

/**
 * The handler behind `protocol.handle('app', …)`: serves the built renderer
 * from `app://copydesk/<path>` with the CSP as a response header (a file://
 * page gets no headers, so only the meta tag's policy, without
 * `frame-ancestors`, would apply), and the remote-image proxy. Plain
 * Request → Response, so it runs (and is tested) without Electron. Paths go
 * through `resolveStaticPath`: encoded `..`, backslashes, NUL and symlinks
 * out of the build folder are refused.
 */
export function createAppProtocolHandler({ rendererDir, remoteImage }: AppProtocolOptions): (request: Request) => Promise<Response> {
  return async (request) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return text(400, 'Bad request.');
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return text(404, 'Not found.');
    if (request.method !== 'GET' && request.method !== 'HEAD') return text(405, 'Method not allowed.', { Allow: 'GET, HEAD' });

    if (url.pathname === REMOTE_IMAGE_PATH) {
      if (!remoteImage) return text(404, 'Not found.');
      const result = await remoteImage(url.searchParams.get('url'));
      if (!result.ok) return text(result.status, result.message);
      return new Response(result.body, { status: 200, headers: { ...BASE_HEADERS, ...REMOTE_IMAGE_HEADERS, 'Content-Type': result.contentType } });
    }

    const file = await resolveStaticPath(rendererDir, url.pathname);
    if (file === null) return text(404, 'Not found.');
    const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    const body = request.method === 'HEAD' ? null : await readFile(file);
    return new Response(body, {
      status: 200,
      headers: {
        ...BASE_HEADERS,
        'Content-Type': type,
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'Cache-Control': type.startsWith('text/html') ? 'no-cache' : 'public, max-age=3600',
      },
    });
  };
}

function text(status: number, message: string, extra: Record<string, string> = {}): Response {
  return new Response(message, {
    status,
    headers: { ...BASE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': CONTENT_SECURITY_POLICY, ...extra },
  });
}
