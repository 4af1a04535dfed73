import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Envelope } from '@shared/ipc/envelope';
import { contract } from '@shared/ipc/contract';
import { copyFixture, type TempCorpus } from './__fixtures__/copy-fixture';
import { createHandlers, type HandlerDeps } from './handlers';
import { serve, type Dispatch } from './serve';
import { WorkspaceSession } from './workspace-session';

/*
 * Handlers through `serve()` (the validation boundary) on a temp copy of
 * __fixtures__/mini-corpus with a real SQLite index. Expected figures come
 * from reading the fixture: 8 files; valid: miners-pivot.en/.uk (group 100),
 * etf-outflows.en + 2026/02/etf-outflows-again.en (group 200, duplicate en),
 * lost-original.pt (translation of missing 300: orphan); invalid:
 * no-frontmatter.pt, broken-yaml.en (duplicate key, line 3), bad-sentiment.en (line 6).
 */

let corpus: TempCorpus;
let session: WorkspaceSession;
let dispatch: Dispatch;

const value = <T>(envelope: Envelope<unknown>): T => {
  if (!envelope.ok) throw new Error(`expected ok, got ${JSON.stringify(envelope.error)}`);
  return envelope.value as T;
};

function hostDeps(s: WorkspaceSession, canOpenOther: boolean): HandlerDeps {
  return {
    getWorkspace: () => s.current(),
    openWorkspace: (root) => s.open(root),
    canOpenOther,
    recentFolders: () => ['/recent/one'],
  };
}

beforeAll(async () => {
  corpus = await copyFixture();
  session = new WorkspaceSession({ dbPathFor: () => join(corpus.scratch, 'index.db'), watch: false });
  dispatch = serve(contract, createHandlers(hostDeps(session, true)));
  const opened = await dispatch('workspace.open', { root: corpus.root });
  expect(opened.ok).toBe(true);
  await session.whenIndexed();
});

afterAll(async () => {
  await session.close();
  await corpus.dispose();
});

describe('before a folder is open', () => {
  it('answers no-workspace for workspace calls and still lists recent folders', async () => {
    const empty = new WorkspaceSession({ watch: false });
    const d = serve(contract, createHandlers(hostDeps(empty, true)));
    const cases = ['workspace.status', 'articles.query', 'tags.list', 'validation.report'] as const;
    for (const channel of cases) {
      const answer = await d(channel, {});
      expect(answer.ok ? null : answer.error.code, channel).toBe('no-workspace');
    }
    expect(value(await d('workspace.recent', {}))).toEqual({ folders: ['/recent/one'] });
  });

  it('refuses workspace.open and workspace.pick where the host forbids switching folders', async () => {
    const locked = serve(contract, createHandlers(hostDeps(new WorkspaceSession({ watch: false }), false)));
    for (const [channel, input] of [['workspace.open', { root: '/etc' }], ['workspace.pick', {}]] as const) {
      const answer = await locked(channel, input);
      expect(answer.ok ? null : answer.error.code, channel).toBe('forbidden');
    }
  });

  it('answers not-found for a folder that does not exist', async () => {
    const answer = await dispatch('workspace.open', { root: join(corpus.scratch, 'no-such-folder') });
    expect(answer.ok ? null : answer.error.code).toBe('not-found');
    // The failed open must leave the current workspace alone.
    expect(value<{ files: number }>(await dispatch('workspace.status', {})).files).toBe(8);
  });
});

describe('serve() validation', () => {
  const cases = [
    { name: 'unknown channel', channel: 'files.delete', input: {} },
    { name: 'limit above the maximum', channel: 'articles.query', input: { limit: 501 } },
    { name: 'wrong type', channel: 'article.read', input: { path: 42 } },
    { name: 'empty path', channel: 'article.read', input: { path: '' } },
    { name: 'not an object', channel: 'workspace.status', input: 'hello' },
  ];
  for (const c of cases) {
    it(`answers bad-input for ${c.name}`, async () => {
      const answer = await dispatch(c.channel, c.input);
      expect(answer.ok ? null : answer.error.code).toBe('bad-input');
    });
  }

  it('turns an answer that breaks the contract into internal, without leaking it', async () => {
    const handlers = createHandlers(hostDeps(session, true));
    const logged: string[] = [];
    const broken = serve(
      contract,
      { ...handlers, 'tags.list': async () => ({ tags: [{ tag: 'X', count: 'many', byLang: {} }] }) as never },
      (message) => logged.push(message),
    );
    const answer = await broken('tags.list', {});
    expect(answer).toEqual({ ok: false, error: { code: 'internal', message: expect.stringContaining('tags.list') } });
    expect(logged).toHaveLength(1);
  });

  it('finishes a call whose caller went away, but neither checks nor returns its answer', async () => {
    const gone = new AbortController();
    let ran = false;
    const handlers = createHandlers(hostDeps(session, true));
    const watched = serve(contract, {
      ...handlers,
      'tags.list': async () => {
        ran = true;
        gone.abort();
        return handlers['tags.list']({});
      },
    });
    const answer = await watched('tags.list', {}, gone.signal);
    expect(ran).toBe(true);
    expect(answer.ok ? null : answer.error.code).toBe('internal');
    expect((await watched('tags.list', {}, new AbortController().signal)).ok).toBe(true);
  });

  it('turns an unexpected exception into internal and logs it', async () => {
    const logged: unknown[] = [];
    const handlers = createHandlers(hostDeps(session, true));
    const failing = serve(contract, { ...handlers, 'tags.list': async () => Promise.reject(new TypeError('boom')) }, (_m, e) => logged.push(e));
    const answer = await failing('tags.list', {});
    expect(answer.ok ? null : answer.error.code).toBe('internal');
    expect(logged[0]).toBeInstanceOf(TypeError);
  });
});

describe('an open workspace', () => {
  it('reports its status', async () => {
    const status = value<{ root: string; files: number; articles: number; invalid: number; languages: string[]; canOpenOther: boolean; progress: { phase: string } }>(
      await dispatch('workspace.status', {}),
    );
    expect(status).toMatchObject({ root: corpus.root, files: 8, articles: 5, invalid: 3, canOpenOther: true, progress: { phase: 'idle' } });
    expect([...status.languages].sort()).toEqual(['en', 'pt', 'uk']);
  });

  const queries = [
    { query: 'outflows', paths: ['2026/01/etf-outflows.en.md', '2026/02/etf-outflows-again.en.md'] },
    { query: 'lang:uk', paths: ['2026/01/miners-pivot.uk.md'] },
    { query: 'hashrate', paths: ['2026/01/miners-pivot.en.md'] },
    { query: 'tag:ETF', paths: ['2026/01/etf-outflows.en.md', '2026/02/etf-outflows-again.en.md'] },
  ];
  for (const q of queries) {
    it(`finds ${q.paths.length} article(s) for "${q.query}"`, async () => {
      const answer = value<{ total: number; rows: Array<{ path: string }> }>(await dispatch('articles.query', { query: q.query }));
      expect(answer.total).toBe(q.paths.length);
      expect(answer.rows.map((r) => r.path).sort()).toEqual(q.paths);
    });
  }

  it('counts languages in facets, invalid files included (their language comes from the file name)', async () => {
    const facets = value<{ lang: Array<{ value: string; count: number }> }>(await dispatch('articles.facets', {}));
    expect(Object.fromEntries(facets.lang.map((f) => [f.value, f.count]))).toEqual({ en: 5, uk: 1, pt: 2 });
    const narrowed = value<{ lang: Array<{ value: string; count: number }> }>(await dispatch('articles.facets', { query: 'tag:MINING' }));
    expect(Object.fromEntries(narrowed.lang.map((f) => [f.value, f.count]))).toEqual({ en: 1, uk: 1, pt: 1 });
  });

  it('reads an article as it is on disk, with its hash', async () => {
    const path = '2026/01/miners-pivot.uk.md';
    const bytes = readFileSync(join(corpus.root, path));
    const article = value<Record<string, unknown>>(await dispatch('article.read', { path }));
    expect(article).toMatchObject({
      path,
      text: bytes.toString('utf8'),
      hash: createHash('sha256').update(bytes).digest('hex'),
      lang: 'uk',
      collection: expect.any(String),
      groupKey: '100',
      valid: true,
      issues: [],
    });
  });

  it('reads an invalid article with its issues', async () => {
    const article = value<{ valid: boolean; issues: Array<{ code: string; field?: string; line?: number }> }>(
      await dispatch('article.read', { path: '2026/01/bad-sentiment.en.md' }),
    );
    expect(article.valid).toBe(false);
    expect(article.issues).toEqual([expect.objectContaining({ code: 'schema', field: 'sentiment', line: 6 })]);
  });

  const refusals = [
    { path: '../../etc/passwd', code: 'outside-workspace' },
    { path: '/etc/passwd', code: 'outside-workspace' },
    { path: '2026/../../outside.md', code: 'outside-workspace' },
    { path: '2026/01/missing.en.md', code: 'not-found' },
  ];
  for (const r of refusals) {
    it(`refuses to read ${r.path} (${r.code})`, async () => {
      const answer = await dispatch('article.read', { path: r.path });
      expect(answer.ok ? null : answer.error.code).toBe(r.code);
    });
  }

  it('reads a translation group', async () => {
    const { collection } = value<{ collection: string }>(await dispatch('article.read', { path: '2026/01/miners-pivot.en.md' }));
    const group = value<{ original: string; members: Array<{ path: string; isOriginal: boolean }>; missing: string[] }>(
      await dispatch('group.read', { collection, groupKey: '100' }),
    );
    expect(group.original).toBe('2026/01/miners-pivot.en.md');
    expect(group.members.map((m) => [m.path, m.isOriginal]).sort()).toEqual([
      ['2026/01/miners-pivot.en.md', true],
      ['2026/01/miners-pivot.uk.md', false],
    ]);
    expect(group.missing).toEqual(['pt']);
    const unknown = await dispatch('group.read', { collection, groupKey: '999' });
    expect(unknown.ok ? null : unknown.error.code).toBe('not-found');
  });

  it('lists tags with counts per language', async () => {
    const { tags } = value<{ tags: Array<{ tag: string; count: number; byLang: Record<string, number> }> }>(await dispatch('tags.list', {}));
    const mining = tags.find((t) => t.tag === 'MINING');
    expect(mining).toEqual({ tag: 'MINING', count: 3, byLang: { en: 1, uk: 1, pt: 1 } });
    expect(tags.find((t) => t.tag === 'ETF')?.count).toBe(2);
  });

  it('reports invalid files, orphans and duplicates', async () => {
    const report = value<{ files: number; invalid: Array<{ path: string }>; orphans: string[]; duplicates: string[][] }>(
      await dispatch('validation.report', {}),
    );
    expect(report.files).toBe(8);
    expect(report.invalid.map((i) => i.path).sort()).toEqual([
      '2026/01/bad-sentiment.en.md',
      '2026/01/broken-yaml.en.md',
      '2026/01/no-frontmatter.pt.md',
    ]);
    // A Portuguese file without frontmatter and no original beside it by name is a translation whose original is not here.
    expect(report.orphans).toEqual(['2026/01/lost-original.pt.md', '2026/01/no-frontmatter.pt.md']);
    expect(report.duplicates.map((d) => [...d].sort())).toEqual([['2026/01/etf-outflows.en.md', '2026/02/etf-outflows-again.en.md']]);
  });

  it('Problems and the Review tab count the same orphans (the review said 2 where Problems said 1)', async () => {
    const report = value<{ orphans: string[] }>(await dispatch('validation.report', {}));
    const review = value<{ summary: { orphans: string[] } }>(await dispatch('review.summary', {}));
    expect(review.summary.orphans).toEqual(report.orphans);
    expect(report.orphans).toEqual(['2026/01/lost-original.pt.md', '2026/01/no-frontmatter.pt.md']);
  });

  it('reindexes after a file is added, and emits progress', async () => {
    const progress: string[] = [];
    const off = session.events.subscribe((e) => {
      if (e.event === 'index.progress') progress.push(e.payload.phase);
    });
    writeFileSync(
      join(corpus.root, '2026/02/new-story.uk.md'),
      "---\ntitle: 'Нова історія'\npublishedAt: '2026-02-02T10:00:00.000Z'\nlang: uk\nexternalId: '600'\n---\nТекст.\n",
    );
    const status = value<{ files: number; articles: number }>(await dispatch('workspace.reindex', {}));
    off();
    expect(status).toMatchObject({ files: 9, articles: 6 });
    expect(progress).toContain('scanning');
    expect(progress.at(-1)).toBe('idle');
  });
});
