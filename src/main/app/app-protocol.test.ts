import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RemoteImageResult } from '../services/remote-image';
import { CONTENT_SECURITY_POLICY } from '../transports/http-static';
import { createAppProtocolHandler } from './app-protocol';

/*
 * app://copydesk over a real build folder in a temp directory, with a secret
 * beside it that no URL may reach.
 */

let base: string;
let rendererDir: string;
const SECRET = 'secret-outside-the-renderer';
const requestedImages: Array<string | null> = [];
let handle: (request: Request) => Promise<Response>;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'copydesk-app-protocol-'));
  rendererDir = join(base, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Copydesk</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(base, 'secret.txt'), SECRET);
  symlinkSync(join(base, 'secret.txt'), join(rendererDir, 'assets', 'link.txt'));
  handle = createAppProtocolHandler({
    rendererDir,
    remoteImage: async (url): Promise<RemoteImageResult> => {
      requestedImages.push(url);
      return { ok: false, status: 403, message: 'Remote images are not allowed for this folder.' };
    },
  });
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET'): Promise<Response> => handle(new Request(url, { method }));

describe('app:// protocol', () => {
  it('serves index.html with the CSP header, frame-ancestors included', async () => {
    const response = await get('app://copydesk/index.html');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Copydesk</title>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("img-src 'self' data:;");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves / as index.html and assets with their type', async () => {
    expect(await (await get('app://copydesk/')).text()).toContain('<title>Copydesk</title>');
    const script = await get('app://copydesk/assets/app.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  const refused = [
    'app://copydesk/%2e%2e/secret.txt',
    'app://copydesk/assets/..%2f..%2fsecret.txt',
    'app://copydesk/assets/..%5c..%5csecret.txt',
    'app://copydesk/assets/link.txt',
    'app://copydesk/assets/%00app.js',
    'app://copydesk/missing.js',
    'app://other-host/index.html',
  ];
  for (const url of refused) {
    it(`refuses ${url}`, async () => {
      const response = await get(url);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain(SECRET);
    });
  }

  it('answers only GET and HEAD', async () => {
    expect((await get('app://copydesk/index.html', 'POST')).status).toBe(405);
    const head = await get('app://copydesk/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('hands /api/remote-image to the proxy and passes on its refusal', async () => {
    const response = await get(`app://copydesk/api/remote-image?url=${encodeURIComponent('https://images.test/a.png')}`);
    expect(response.status).toBe(403);
    expect(requestedImages).toEqual(['https://images.test/a.png']);
  });
});
