import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '@shared/ipc/contract';
import { copyFixture, type TempCorpus } from './__fixtures__/copy-fixture';
import { createHandlers } from './handlers';
import { serve, type Dispatch } from './serve';
import { WorkspaceSession } from './workspace-session';

/* articles.find through serve() (input defaults and output validated by the contract) on the mini corpus. */

let corpus: TempCorpus;
let session: WorkspaceSession;
let dispatch: Dispatch;

beforeAll(async () => {
  corpus = await copyFixture();
  session = new WorkspaceSession({ dbPathFor: () => join(corpus.scratch, 'index.db'), watch: false });
  dispatch = serve(contract, createHandlers({ getWorkspace: () => session.current(), openWorkspace: (root) => session.open(root), canOpenOther: true, recentFolders: () => [] }));
  expect((await dispatch('workspace.open', { root: corpus.root })).ok).toBe(true);
  await session.whenIndexed();
});

afterAll(async () => {
  await session.close();
  await corpus.dispose();
});

describe('articles.find', () => {
  it('finds files by fuzzy title or path, best first', async () => {
    const answer = await dispatch('articles.find', { text: 'miners pivot' });
    expect(answer).toMatchObject({ ok: true });
    const paths = answer.ok ? (answer.value as { results: { path: string }[] }).results.map((r) => r.path) : [];
    expect(paths.sort()).toEqual(['2026/01/miners-pivot.en.md', '2026/01/miners-pivot.uk.md']);
  });

  it('applies the limit and refuses input outside the contract', async () => {
    const limited = await dispatch('articles.find', { text: '', limit: 2 });
    expect(limited.ok && (limited.value as { results: unknown[] }).results).toHaveLength(2);
    expect(await dispatch('articles.find', { text: 'x', limit: 0 })).toMatchObject({ ok: false, error: { code: 'bad-input' } });
  });
});
