import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEventHub } from '../api/event-hub';
import type { Dispatch } from '../api/serve';
import { createRemoteImageProxy, type FetchLike } from '../services/remote-image';
import { startHttpServer, type HttpServer } from './http';

/*
 * `GET /api/remote-image` on a real server, with a real image host on
 * 127.0.0.1 standing in for https://images.test (no internet, no certificate).
 */

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkaPhfDwAEBwG/wZbqLwAAAABJRU5ErkJggg==', 'base64');
const COVER = 'https://images.test/cover.png';

let host: Server;
let hostUrl: string;
const hostHits: string[] = [];
let server: HttpServer;
let staticDir: string;
let allowed = false;

const network: FetchLike = (url, init) => fetch(`${hostUrl}${new URL(url).pathname}`, init);
const noDispatch: Dispatch = () => Promise.resolve({ ok: false, error: { code: 'internal', message: 'not used' } });

beforeAll(async () => {
  host = createServer((req, res) => {
    hostHits.push(req.url ?? '');
    res.writeHead(200, { 'Content-Type': 'image/png' }).end(PNG);
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
  staticDir = mkdtempSync(join(tmpdir(), 'copydesk-static-'));
  server = await startHttpServer({
    dispatch: noDispatch,
    subscribe: createEventHub().subscribe,
    staticDir,
    remoteImage: createRemoteImageProxy({ allowed: () => allowed, fetch: network }),
  });
});

afterAll(async () => {
  await server.close();
  await new Promise<void>((resolve) => host.close(() => resolve()));
  rmSync(staticDir, { recursive: true, force: true });
});

const imageUrl = (token: string, url = COVER): string => `${server.url}/api/remote-image?url=${encodeURIComponent(url)}&token=${token}`;

describe('GET /api/remote-image', () => {
  it('needs the token', async () => {
    const reply = await fetch(imageUrl('wrong'));
    expect(reply.status).toBe(401);
    expect(hostHits).toEqual([]);
  });

  it('refuses (403) and never contacts the host until remote content is allowed, then serves the image', async () => {
    allowed = false;
    const refused = await fetch(imageUrl(server.token));
    expect(refused.status).toBe(403);
    expect(await refused.text()).toBe('Remote images are not allowed for this folder.');
    expect(hostHits).toEqual([]);

    allowed = true;
    const served = await fetch(imageUrl(server.token));
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    expect(Buffer.from(await served.arrayBuffer()).equals(PNG)).toBe(true);
    expect(hostHits).toEqual(['/cover.png']);
  });

  it('refuses plain http image URLs', async () => {
    allowed = true;
    hostHits.length = 0;
    expect((await fetch(imageUrl(server.token, `${hostUrl}/cover.png`))).status).toBe(400);
    expect(hostHits).toEqual([]);
  });

  it('answers only GET', async () => {
    expect((await fetch(imageUrl(server.token), { method: 'POST' })).status).toBe(405);
  });
});
