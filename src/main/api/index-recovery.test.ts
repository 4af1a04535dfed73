import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelOutput, EventPayload } from '@shared/ipc/contract';
import { contract } from '@shared/ipc/contract';
import { damagePageOf, fillWithGarbage } from '../db/__fixtures__/damage-index';
import { Workspace } from '../services/workspace';
import { copyFixture, type TempCorpus } from './__fixtures__/copy-fixture';
import { valueOf } from './__fixtures__/open-session';
import { createHandlers } from './handlers';
import { serve, type Dispatch } from './serve';
import { WorkspaceSession } from './workspace-session';

/*
 * The app's and `copydesk serve`'s side: a session over a damaged index
 * tells its clients once (`index.recovered`) and answers as if nothing
 * happened. Temp copy of mini-corpus: 8 files; "bitcoin" is in
 * etf-outflows.en, etf-outflows-again.en and miners-pivot.en.
 */

const BITCOIN = ['2026/01/etf-outflows.en.md', '2026/01/miners-pivot.en.md', '2026/02/etf-outflows-again.en.md'];

let corpus: TempCorpus;
let session: WorkspaceSession;
let dispatch: Dispatch;
let recovered: Array<EventPayload<'index.recovered'>>;
const dbPath = (): string => join(corpus.scratch, 'index.db');

beforeEach(async () => {
  corpus = await copyFixture();
  // A healthy index to damage, built and closed as a previous run would leave it.
  const first = Workspace.open({ root: corpus.root, dbPath: dbPath() });
  await first.index();
  await first.close();
  session = new WorkspaceSession({ dbPathFor: () => dbPath(), watch: false });
  recovered = [];
  session.events.subscribe((e) => {
    if (e.event === 'index.recovered') recovered.push(e.payload);
  });
  dispatch = serve(contract, createHandlers({ getWorkspace: () => session.current(), openWorkspace: (r) => session.open(r), canOpenOther: true, recentFolders: () => [] }));
});

afterEach(async () => {
  await session.close();
  await corpus.dispose();
});

async function bitcoin(): Promise<string[]> {
  const page = valueOf<ChannelOutput<'articles.query'>>(await dispatch('articles.query', { query: 'bitcoin', sort: 'relevance' }));
  return page.rows.map((row) => row.path).sort();
}

describe('a session over a damaged index', () => {
  it('opening a garbage index file moves it aside, tells clients once, and indexes every file', async () => {
    fillWithGarbage(dbPath());
    valueOf(await dispatch('workspace.open', { root: corpus.root }));
    await session.whenIndexed();
    expect(recovered).toEqual([{ message: expect.stringMatching(/^The search index was damaged and is being rebuilt from your articles, which are not affected\. The damaged copy was kept as index\.db\.corrupt-\d{8}T\d{6}Z\.$/), movedTo: [expect.stringMatching(/^index\.db\.corrupt-/)] }]);
    // Names only: the notice goes to the page, and the index's folder is the person's data folder.
    expect(recovered[0]?.message).not.toContain(dirname(dbPath()));
    expect(valueOf<ChannelOutput<'workspace.status'>>(await dispatch('workspace.status', {})).files).toBe(8);
    expect(await bitcoin()).toEqual(BITCOIN);
  });

  it('a query that finds a bad page rebuilds the index once, even for two requests at a time, and both answer right', async () => {
    valueOf(await dispatch('workspace.open', { root: corpus.root }));
    await session.whenIndexed();
    // Found later: the index run did not read the full text, the query will.
    damagePageOf(dbPath(), 'articles_fts_data');
    const [first, facets] = await Promise.all([bitcoin(), dispatch('articles.facets', { query: 'bitcoin' })]);
    expect(first).toEqual(BITCOIN);
    expect(valueOf<ChannelOutput<'articles.facets'>>(facets).lang).toEqual(expect.arrayContaining([{ value: 'en', count: 3 }]));
    expect(recovered).toHaveLength(1);
    expect(recovered[0]?.message).toMatch(/^The search index was damaged and is being rebuilt from your articles/);
    expect(await bitcoin()).toEqual(BITCOIN);
    expect(recovered).toHaveLength(1);
  });
});
