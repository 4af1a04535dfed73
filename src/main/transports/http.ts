import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CopydeskErrorCode, CopydeskErrorData } from '@shared/errors';
import type { Envelope } from '@shared/ipc/envelope';
import type { Dispatch } from '../api/serve';
import type { Subscribe } from '../api/event-hub';
import { REMOTE_IMAGE_PATH, type RemoteImageResult } from '../services/remote-image';
import { COMMON_HEADERS, REMOTE_IMAGE_HEADERS, sendText, serveStatic } from './http-static';

export interface HttpServerOptions {
  dispatch: Dispatch;
  /** Source of events for `GET /api/events`. */
  subscribe: Subscribe;
  /** Built renderer (`out/renderer`). */
  staticDir: string;
  /** 0 or absent → an ephemeral port. */
  port?: number;
  /** Loopback only; anything else is refused. */
  host?: '127.0.0.1';
  /** Largest accepted JSON body. */
  maxBodyBytes?: number;
  /** Seconds between SSE heartbeats (comment lines that keep proxies and EventSource from timing out). */
  heartbeatSeconds?: number;
  /** Answers `GET /api/remote-image?url=` (see services/remote-image); absent → 404. */
  remoteImage?: (url: string | null) => Promise<RemoteImageResult>;
}

export interface HttpServer {
  /** `http://127.0.0.1:<port>`; the token is not part of it. */
  url: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

const STATUS_BY_CODE: Record<CopydeskErrorCode, number> = {
  'bad-input': 400,
  'no-workspace': 409,
  'not-found': 404,
  'outside-workspace': 403,
  conflict: 409,
  'invalid-article': 422,
  forbidden: 403,
  refused: 409,
  internal: 500,
  // Git: the repository's state or git's setup refuses the action (never 401: that drops the page's token).
  'not-a-repo': 409,
  'git-missing': 503,
  'no-identity': 409,
  'needs-credentials': 409,
  'rejected-push': 409,
  'merge-conflict': 409,
  'merge-in-progress': 409,
  'detached-head': 409,
  'dirty-editor': 409,
  'git-failed': 409,
};

/**
 * Serves the handlers to a browser on 127.0.0.1: `POST /api/<channel>` with a
 * bearer token, `GET /api/events?token=` as Server-Sent Events, and the built
 * renderer for everything else. The token is random per run and compared in
 * constant time; requests that carry an Origin must come from this server.
 */
export async function startHttpServer(options: HttpServerOptions): Promise<HttpServer> {
  const { dispatch, subscribe, staticDir, remoteImage, port = 0, host = '127.0.0.1', maxBodyBytes = 1024 * 1024, heartbeatSeconds = 15 } = options;
  if (host !== '127.0.0.1') throw new Error('The HTTP transport binds 127.0.0.1 only.');
  const token = randomBytes(24).toString('base64url');
  const tokenDigest = digest(token);
  const streams = new Set<ServerResponse>();
  let origin = '';

  const tokenMatches = (candidate: string | null | undefined): boolean =>
    typeof candidate === 'string' && timingSafeEqual(digest(candidate), tokenDigest);

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    // The raw path, not `new URL()`'s: WHATWG parsing would silently resolve `/../` and `%2e%2e`.
    const rawUrl = req.url ?? '/';
    const queryAt = rawUrl.indexOf('?');
    const pathname = queryAt === -1 ? rawUrl : rawUrl.slice(0, queryAt);
    const query = new URLSearchParams(queryAt === -1 ? '' : rawUrl.slice(queryAt + 1));
    // A foreign Host means DNS rebinding or a misdirected request; refuse before anything else.
    if (req.headers.host !== origin.slice('http://'.length)) return sendText(res, 403, 'Forbidden host.');
    if (req.headers.origin !== undefined && req.headers.origin !== origin) {
      return sendEnvelope(res, 403, { code: 'forbidden', message: 'Requests must come from the Copydesk page itself.' });
    }
    if (pathname === '/api/events') {
      if (!tokenMatches(query.get('token'))) return sendEnvelope(res, 401, unauthorized());
      if (req.method !== 'GET') return sendEnvelope(res, 405, { code: 'bad-input', message: 'Use GET for the event stream.' });
      return openEventStream(req, res);
    }
    if (pathname === REMOTE_IMAGE_PATH) {
      // An <img> cannot send a header, so the token rides in the query, as for the event stream.
      if (!tokenMatches(query.get('token'))) return sendEnvelope(res, 401, unauthorized());
      if (req.method !== 'GET') return sendEnvelope(res, 405, { code: 'bad-input', message: 'Use GET for images.' });
      if (!remoteImage) return sendText(res, 404, 'Not found.');
      return sendRemoteImage(res, await remoteImage(query.get('url')));
    }
    if (pathname.startsWith('/api/')) {
      if (!tokenMatches(bearer(req.headers.authorization))) return sendEnvelope(res, 401, unauthorized());
      if (req.method !== 'POST') return sendEnvelope(res, 405, { code: 'bad-input', message: 'Use POST for API calls.' });
      const body = await readJsonBody(req, maxBodyBytes);
      if (!body.ok) return sendEnvelope(res, body.status, body.error);
      const channel = pathname.slice('/api/'.length);
      // A page that no longer wants the answer (it aborted the fetch) spares its checking and encoding.
      const gone = new AbortController();
      res.once('close', () => {
        if (!res.writableFinished) gone.abort();
      });
      const envelope = await dispatch(channel, body.value, gone.signal);
      if (gone.signal.aborted) return undefined;
      return sendJson(res, envelope);
    }
    return serveStatic(staticDir, req, res, pathname);
  };

  const openEventStream = (req: IncomingMessage, res: ServerResponse): void => {
    res.writeHead(200, {
      ...COMMON_HEADERS,
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    res.write(': connected\n\n');
    streams.add(res);
    const unsubscribe = subscribe(({ event, payload }) => {
      res.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
    });
    const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), heartbeatSeconds * 1000);
    const stop = (): void => {
      clearInterval(heartbeat);
      unsubscribe();
      streams.delete(res);
    };
    req.on('close', stop);
    res.on('close', stop);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('[copydesk] HTTP request failed', error);
      if (!res.headersSent) sendEnvelope(res, 500, { code: 'internal', message: 'Unexpected server error.' });
      else res.end();
    });
  });
  // Slow-loris protection: a request must arrive whole within this time.
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const boundPort = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${boundPort}`;

  return {
    url: origin,
    token,
    port: boundPort,
    close: () =>
      new Promise<void>((resolve) => {
        for (const stream of streams) stream.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function digest(value: string): Buffer {
  // Hashing first gives equal-length buffers, so timingSafeEqual never throws or leaks the length.
  return createHash('sha256').update(value).digest();
}

function bearer(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match?.[1] ?? null;
}

function unauthorized(): CopydeskErrorData {
  return { code: 'forbidden', message: 'Missing or wrong token: open the exact URL printed by `copydesk serve`.' };
}

type BodyResult = { ok: true; value: unknown } | { ok: false; status: number; error: CopydeskErrorData };

async function readJsonBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) return tooLarge(limit);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return tooLarge(limit);
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, status: 400, error: { code: 'bad-input', message: 'The request body is not valid JSON.' } };
  }
}

function tooLarge(limit: number): BodyResult {
  return { ok: false, status: 413, error: { code: 'bad-input', message: `The request body is larger than ${limit} bytes.` } };
}

function sendRemoteImage(res: ServerResponse, result: RemoteImageResult): void {
  if (!result.ok) return sendText(res, result.status, result.message);
  res.writeHead(200, { ...COMMON_HEADERS, ...REMOTE_IMAGE_HEADERS, 'Content-Type': result.contentType, 'Content-Length': result.body.byteLength });
  res.end(result.body);
}

function sendJson(res: ServerResponse, envelope: Envelope<unknown>): void {
  const status = envelope.ok ? 200 : STATUS_BY_CODE[envelope.error.code];
  writeJson(res, status, envelope);
}

function sendEnvelope(res: ServerResponse, status: number, error: CopydeskErrorData): void {
  writeJson(res, status, { ok: false, error });
}

function writeJson(res: ServerResponse, status: number, body: unknown): void {
  // Encoded once: measuring the string and then writing it would walk a 1.5 MB article twice.
  const bytes = Buffer.from(JSON.stringify(body), 'utf8');
  res.writeHead(status, {
    ...COMMON_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': bytes.length,
    'Cache-Control': 'no-store',
  });
  res.end(bytes);
}
