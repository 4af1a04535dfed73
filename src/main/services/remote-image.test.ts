import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createRemoteImageProxy, remoteImageUrl, type FetchLike } from './remote-image';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkaPhfDwAEBwG/wZbqLwAAAABJRU5ErkJggg==', 'base64');

/** A real image host on 127.0.0.1; `network` routes https://images.test to it (this machine has no internet and no certificate). */
let host: Server;
let hostUrl: string;
const hits: string[] = [];

const network: FetchLike = (url, init) => {
  const parsed = new URL(url);
  if (parsed.hostname !== 'images.test') return Promise.reject(new Error(`no route to ${parsed.hostname}`));
  return fetch(`${hostUrl}${parsed.pathname}${parsed.search}`, init);
};

beforeAll(async () => {
  host = createServer((req, res) => {
    hits.push(req.url ?? '');
    if (req.headers.cookie !== undefined || req.headers.referer !== undefined) res.writeHead(400).end('sent identity');
    else if (req.url === '/cover.png') res.writeHead(200, { 'Content-Type': 'image/png', 'Content-Length': PNG.length }).end(PNG);
    else if (req.url === '/moved') res.writeHead(302, { Location: 'https://images.test/cover.png' }).end();
    else if (req.url === '/downgrade') res.writeHead(302, { Location: 'http://images.test/cover.png' }).end();
    else if (req.url === '/to-file') res.writeHead(302, { Location: 'file:///etc/passwd' }).end();
    else if (req.url === '/loop') res.writeHead(302, { Location: '/loop' }).end();
    else if (req.url === '/page.html') res.writeHead(200, { 'Content-Type': 'text/html' }).end('<script>alert(1)</script>');
    else if (req.url === '/logo.svg') res.writeHead(200, { 'Content-Type': 'image/svg+xml' }).end('<svg xmlns="http://www.w3.org/2000/svg"/>');
    else if (req.url === '/huge.png') res.writeHead(200, { 'Content-Type': 'image/png' }).end(Buffer.alloc(2048));
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));
beforeEach(() => {
  hits.length = 0;
});

describe('remoteImageUrl', () => {
  const cases = [
    { input: 'https://images.unsplash.com/photo-1?w=200', expected: true },
    { input: 'http://images.unsplash.com/photo-1', expected: false },
    { input: 'https://user:pw@images.test/x.png', expected: false },
    { input: 'file:///etc/passwd', expected: false },
    { input: 'data:image/png;base64,AAAA', expected: false },
    { input: '/cover.png', expected: false },
    { input: null, expected: false },
  ];
  for (const c of cases) it(`${String(c.input)} → ${c.expected}`, () => expect(remoteImageUrl(c.input) !== null).toBe(c.expected));
});

describe('remote image proxy', () => {
  it('fetches nothing until the folder allows remote content, then serves the image', async () => {
    let allowed = false;
    const proxy = createRemoteImageProxy({ allowed: () => allowed, fetch: network });
    expect(await proxy('https://images.test/cover.png')).toEqual({ ok: false, status: 403, message: 'Remote images are not allowed for this folder.' });
    expect(hits).toEqual([]);
    allowed = true;
    const result = await proxy('https://images.test/cover.png');
    expect(result.ok && result.contentType).toBe('image/png');
    expect(result.ok && Buffer.from(result.body).equals(PNG)).toBe(true);
    expect(hits).toEqual(['/cover.png']);
  });

  it('refuses non-https URLs without a request', async () => {
    const proxy = createRemoteImageProxy({ allowed: () => true, fetch: network });
    for (const url of ['http://images.test/cover.png', 'file:///etc/passwd', null]) {
      expect(await proxy(url)).toMatchObject({ ok: false, status: 400 });
    }
    expect(hits).toEqual([]);
  });

  it('follows an https redirect, but not one to http or file:, nor a loop', async () => {
    const proxy = createRemoteImageProxy({ allowed: () => true, fetch: network, maxRedirects: 3 });
    expect(await proxy('https://images.test/moved')).toMatchObject({ ok: true, contentType: 'image/png' });
    expect(await proxy('https://images.test/downgrade')).toMatchObject({ ok: false, status: 502 });
    expect(await proxy('https://images.test/to-file')).toMatchObject({ ok: false, status: 502 });
    hits.length = 0;
    expect(await proxy('https://images.test/loop')).toMatchObject({ ok: false, status: 502 });
    expect(hits).toHaveLength(4);
  });

  it('passes on raster images only, within the size limit', async () => {
    const proxy = createRemoteImageProxy({ allowed: () => true, fetch: network, maxBytes: 1024 });
    expect(await proxy('https://images.test/page.html')).toMatchObject({ ok: false, status: 502 });
    expect(await proxy('https://images.test/logo.svg')).toMatchObject({ ok: false, status: 502 });
    expect(await proxy('https://images.test/huge.png')).toMatchObject({ ok: false, status: 502 });
    expect(await proxy('https://images.test/missing.png')).toMatchObject({ ok: false, status: 502 });
  });

  it('reports an unreachable host', async () => {
    const proxy = createRemoteImageProxy({ allowed: () => true, fetch: network });
    expect(await proxy('https://elsewhere.test/cover.png')).toEqual({ ok: false, status: 502, message: 'The image host could not be reached.' });
  });
});
