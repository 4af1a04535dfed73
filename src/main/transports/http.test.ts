import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '@shared/ipc/contract';
import { copyFixture, type TempCorpus } from '../api/__fixtures__/copy-fixture';
import { createHandlers } from '../api/handlers';
import { serve } from '../api/serve';
import { WorkspaceSession } from '../api/workspace-session';
import { startHttpServer, type HttpServer } from './http';

/*
 * A real server on an ephemeral port over a temp copy of the mini corpus.
 * Requests go through node:http's `request` so paths are sent exactly as
 * written (fetch would normalise `/../`).
 */

let corpus: TempCorpus;
let session: WorkspaceSession;
let server: HttpServer;
let staticDir: string;
const SECRET = 'secret-outside-the-static-root';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const call = (channel: string, input: unknown, headers: Record<string, string> = {}): Promise<Reply> =>
  send(`/api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}`, ...headers },
    body: JSON.stringify(input),
  });

beforeAll(async () => {
  corpus = await copyFixture();
  staticDir = join(corpus.scratch, 'renderer');
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Copydesk</title>');
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  // A file beside the static root that traversal would reach.
  writeFileSync(join(corpus.scratch, 'package.json'), SECRET);

  session = new WorkspaceSession({ dbPathFor: () => join(corpus.scratch, 'index.db'), watch: false });
  await session.open(corpus.root);
  await session.whenIndexed();
  const handlers = createHandlers({
    getWorkspace: () => session.current(),
    openWorkspace: (root) => session.open(root),
    canOpenOther: false,
    recentFolders: () => [],
  });
  server = await startHttpServer({ dispatch: serve(contract, handlers), subscribe: session.events.subscribe, staticDir });
});

afterAll(async () => {
  await server.close();
  await session.close();
  await corpus.dispose();
});

describe('API calls', () => {
  it('answers a good call with an ok envelope', async () => {
    const reply = await call('workspace.status', {});
    expect(reply.status).toBe(200);
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { files: 8, articles: 5, canOpenOther: false } });
  });

  it('binds 127.0.0.1 and hands out a long random token', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    expect(server.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });

  const refusals: Array<{ name: string; headers: Record<string, string>; shorten?: boolean; status: number }> = [
    { name: 'no token', headers: { Authorization: '' }, status: 401 },
    { name: 'a wrong token', headers: { Authorization: 'Bearer not-the-token' }, status: 401 },
    { name: 'a token one character short', headers: {}, shorten: true, status: 401 },
    { name: 'a foreign Origin', headers: { Origin: 'http://evil.example' }, status: 403 },
    { name: 'a localhost Origin on another port', headers: { Origin: 'http://127.0.0.1:1' }, status: 403 },
  ];
  for (const r of refusals) {
    it(`refuses ${r.name} with ${r.status}`, async () => {
      const headers: Record<string, string> = { ...r.headers };
      if (r.shorten) headers.Authorization = `Bearer ${server.token.slice(0, -1)}`;
      const reply = await call('workspace.status', {}, headers);
      expect(reply.status).toBe(r.status);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    });
  }

  it('accepts its own Origin', async () => {
    const reply = await call('workspace.status', {}, { Origin: server.url });
    expect(reply.status).toBe(200);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const reply = await call('workspace.status', {}, { Host: `evil.example:${server.port}` });
    expect(reply.status).toBe(403);
  });

  it('answers outside-workspace 403 for ../../etc/passwd and never returns the file', async () => {
    const reply = await call('article.read', { path: '../../etc/passwd' });
    expect(reply.status).toBe(403);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'outside-workspace' } });
    expect(reply.body).not.toContain('root:');
  });

  const statusCases = [
    { name: 'bad input', channel: 'articles.query', input: { limit: 0 }, status: 400, code: 'bad-input' },
    { name: 'unknown channel', channel: 'nope.nothing', input: {}, status: 400, code: 'bad-input' },
    { name: 'missing file', channel: 'article.read', input: { path: 'missing.md' }, status: 404, code: 'not-found' },
    { name: 'forbidden open', channel: 'workspace.open', input: { root: '/' }, status: 403, code: 'forbidden' },
  ];
  for (const c of statusCases) {
    it(`maps ${c.name} to ${c.status}`, async () => {
      const reply = await call(c.channel, c.input);
      expect(reply.status).toBe(c.status);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: c.code } });
    });
  }

  it('refuses malformed JSON and oversized bodies', async () => {
    const headers = { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' };
    const malformed = await send('/api/workspace.status', { method: 'POST', headers, body: '{nope' });
    expect(malformed.status).toBe(400);
    const huge = await send('/api/articles.query', { method: 'POST', headers, body: JSON.stringify({ query: 'x'.repeat(1_100_000) }) });
    expect(huge.status).toBe(413);
  });

  it('treats an empty body as {}', async () => {
    const reply = await send('/api/workspace.status', { method: 'POST', headers: { Authorization: `Bearer ${server.token}` } });
    expect(reply.status).toBe(200);
  });
});

describe('events', () => {
  it('refuses the stream without the token', async () => {
    expect((await send('/api/events')).status).toBe(401);
    expect((await send('/api/events?token=wrong')).status).toBe(401);
  });

  it('delivers an event as Server-Sent Events', async () => {
    const received = await new Promise<string>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: server.port, path: `/api/events?token=${encodeURIComponent(server.token)}` }, (res) => {
        expect(res.statusCode).toBe(200);
        expect(res.headers['content-type']).toContain('text/event-stream');
        let text = '';
        res.on('data', (chunk: Buffer) => {
          text += chunk.toString('utf8');
          if (text.includes(': connected')) session.events.emit('workspace.changed', { changed: ['a.md'], removed: [] });
          if (text.includes('\n\nevent:') || text.startsWith('event:')) {
            if (text.endsWith('\n\n') && text.includes('data:')) {
              req.destroy();
              resolve(text);
            }
          }
        });
      });
      req.on('error', reject);
      req.end();
    });
    expect(received).toContain('event: workspace.changed\ndata: {"changed":["a.md"],"removed":[]}\n\n');
  });
});

describe('static files', () => {
  it('serves index.html at / with the CSP', async () => {
    const reply = await send('/');
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('<title>Copydesk</title>');
    expect(reply.headers['content-type']).toContain('text/html');
    expect(reply.headers['content-security-policy']).toBe(
      "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
  });

  it('serves assets with their type', async () => {
    const reply = await send('/assets/app.js');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toContain('text/javascript');
  });

  const traversals = ['/../package.json', '/assets/../../package.json', '/%2e%2e/package.json', '/..%2fpackage.json', '/assets/..%5c..%5cpackage.json'];
  for (const path of traversals) {
    it(`refuses ${path}`, async () => {
      const reply = await send(path);
      expect(reply.status).toBeGreaterThanOrEqual(400);
      expect(reply.body).not.toContain(SECRET);
    });
  }

  it('answers 404 for a missing file', async () => {
    expect((await send('/assets/missing.js')).status).toBe(404);
  });
});
