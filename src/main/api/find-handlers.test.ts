import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixture, type TempCorpus } from './__fixtures__/copy-fixture';
import { openSession } from './__fixtures__/open-session';
import type { Dispatch } from './serve';

/* articles.find through serve() (input defaults and output validated by the contract) on the mini corpus. */

let corpus: TempCorpus;
let close: () => Promise<void>;
let dispatch: Dispatch;

beforeAll(async () => {
  corpus = await copyFixture();
  ({ dispatch, close } = await openSession(corpus.root, corpus.scratch));
});

afterAll(async () => {
  await close();
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
