import { statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { rankedCorpus } from '../../db/rank-lists/__fixtures__/ranked-corpus';
import { makeCorpus, type TempCorpus } from '../__fixtures__/corpus';
import { buildWorkerBundle } from './__fixtures__/worker-bundle';
import type { WorkspaceOptions } from '../workspace';
import { Workspace } from '../workspace';
import { openDatabase } from '../../db/open-database';
import type { RankLists } from '../../db/rank-lists/rank-lists';
import { RankListsBuilder } from './rank-lists-builder';

const FILES = 240;
const LISTS: NonNullable<WorkspaceOptions['rankLists']> = { minRows: 0, options: { minShare: 0, minDocs: 100 } };
const QUERIES = ['market', 'regul*', 'рин', 'the market', 'lang:en market', 'tag:ETF -lang:uk regul', 'marzipan'];

let corpus: TempCorpus;
let workerPath: string;
let open: Workspace[] = [];

beforeAll(async () => {
  const bundle = await makeCorpus({});
  workerPath = await buildWorkerBundle(bundle.dataDir);
  return () => bundle.cleanup();
});

beforeEach(async () => {
  corpus = await makeCorpus(rankedCorpus(FILES));
});

afterEach(async () => {
  for (const ws of open) await ws.close();
  open = [];
  await corpus.cleanup();
});

const dbPath = (): string => join(corpus.dataDir, 'index.db');

function openWorkspace(opts: Partial<WorkspaceOptions>): Workspace {
  const ws = Workspace.open({ root: corpus.root, dbPath: dbPath(), ...opts });
  open.push(ws);
  return ws;
}

/** A page by relevance: paths in order, and the total. */
const page = (ws: Workspace, query: string, offset = 0): { total: number; paths: string[] } => {
  const { total, rows } = ws.queryArticles({ query, sort: 'relevance', offset, limit: 20 });
  return { total, paths: rows.map((row) => row.path) };
};

/** The same pages from a second connection that has no lists: FTS5 ranks there. */
function expectSameAsFts5(ws: Workspace): void {
  const plain = openWorkspace({ rankLists: { ...LISTS, minRows: Number.POSITIVE_INFINITY } });
  for (const query of QUERIES) {
    expect(page(ws, query), query).toEqual(page(plain, query));
    expect(page(ws, query, 15), query).toEqual(page(plain, query, 15));
    expect(ws.queryArticles({ query, sort: 'date-desc', offset: 0, limit: 20 }), query).toEqual(
      plain.queryArticles({ query, sort: 'date-desc', offset: 0, limit: 20 }),
    );
    expect(ws.facets({ query }), query).toEqual(plain.facets({ query }));
  }
}

describe('rank lists in a workspace', () => {
  it('are built after indexing (here on the calling thread) and give FTS5’s answers', async () => {
    const ws = openWorkspace({ rankLists: LISTS });
    await ws.index();
    expect(await ws.rankListsSettled()).toBe(true);
    expectSameAsFts5(ws);
  });

  it('are built on the worker thread when there is one', async () => {
    const ws = openWorkspace({ rankLists: LISTS, workerPath });
    await ws.index();
    expect(await ws.rankListsSettled()).toBe(true);
    expectSameAsFts5(ws);
  });

  it('are dropped when rows change and rebuilt for the new rows; FTS5 answers in between', async () => {
    const ws = openWorkspace({ rankLists: LISTS });
    await ws.index();
    expect(await ws.rankListsSettled()).toBe(true);
    const changed = '2026/02/a1.uk.md';
    expect(page(ws, 'market').paths).not.toContain(changed);
    await writeFile(
      join(corpus.root, changed),
      `---\ntitle: '${'market '.repeat(20)}'\npublishedAt: '2026-01-02'\nlang: uk\nexternalId: 'e1'\n---\nmarket\n`,
    );
    await ws.reindexPaths([changed]);
    const settled = ws.rankListsSettled();
    // Old lists would still leave it out of the first page: seeing it there proves FTS5 answered.
    expect(page(ws, 'market').paths).toContain(changed);
    expect(await settled).toBe(true);
    expect(page(ws, 'market').paths).toContain(changed);
    expectSameAsFts5(ws);
  });

  it('are not built for an index smaller than the minimum', async () => {
    const ws = openWorkspace({ rankLists: { ...LISTS, minRows: FILES + 1 } });
    await ws.index();
    expect(await ws.rankListsSettled()).toBe(false);
  });

  it('are saved beside the index and loaded when the folder is opened again; a change saves new ones', async () => {
    const first = openWorkspace({ rankLists: LISTS, workerPath });
    await first.index();
    expect(await first.rankListsSettled()).toBe(true);
    await first.close();
    const file = `${dbPath()}-ranks`;
    const saved = statSync(file).mtimeMs;

    const again = openWorkspace({ rankLists: LISTS, workerPath });
    await again.index();
    expect(await again.rankListsSettled()).toBe(true);
    expect(statSync(file).mtimeMs).toBe(saved);
    expectSameAsFts5(again);

    await writeFile(join(corpus.root, '2026/03/a2.pt.md'), "---\ntitle: 'market'\npublishedAt: '2026-01-03'\nlang: pt\nexternalId: 'e2'\n---\nmarket\n");
    await again.index();
    expect(await again.rankListsSettled()).toBe(true);
    expect(statSync(file).mtimeMs).not.toBe(saved);
    expectSameAsFts5(again);
  });

  it('an update for a review (rankLists: false) neither loads nor builds them when nothing changed, and still rebuilds them after a change', async () => {
    const first = openWorkspace({ rankLists: LISTS, workerPath });
    await first.index();
    expect(await first.rankListsSettled()).toBe(true);
    await first.close();

    const review = openWorkspace({ rankLists: LISTS, workerPath });
    await review.update({ rankLists: false });
    // Nothing was scheduled: settled at once, without lists in use.
    expect(await review.rankListsSettled()).toBe(false);

    await writeFile(join(corpus.root, '2026/03/a2.pt.md'), "---\ntitle: 'market'\npublishedAt: '2026-01-03'\nlang: pt\nexternalId: 'e2'\n---\nmarket\n");
    await review.update({ rankLists: false });
    expect(await review.rankListsSettled()).toBe(true);
    expectSameAsFts5(review);
  });

  it('a workspace that never searches (searches: false) builds and saves them for the next one, but does not keep them', async () => {
    const cli = openWorkspace({ rankLists: LISTS, workerPath, searches: false });
    await cli.index();
    // Built and saved, not in use here: its searches are answered by FTS5.
    expect(await cli.rankListsSettled()).toBe(false);
    const file = `${dbPath()}-ranks`;
    const saved = statSync(file).mtimeMs;
    // Not built again while the rows stay the same.
    await cli.index();
    expect(cli.buildingRankLists()).toBe(false);
    expect(statSync(file).mtimeMs).toBe(saved);
    await cli.close();

    const app = openWorkspace({ rankLists: LISTS, workerPath });
    await app.index();
    expect(await app.rankListsSettled()).toBe(true);
    // Loaded from what the first one saved, not built again.
    expect(statSync(file).mtimeMs).toBe(saved);
    expectSameAsFts5(app);
  });

  it('a builder whose target does not keep the lists is only told they were saved: the lists never reach it, from a worker or built on its thread', async () => {
    const indexer = openWorkspace({ rankLists: { ...LISTS, minRows: Number.POSITIVE_INFINITY } });
    await indexer.index();
    for (const onWorker of [true, false]) {
      const db = openDatabase(dbPath());
      const used: RankLists[] = [];
      let saved = 0;
      const builder = new RankListsBuilder(
        { db, generation: () => 1, rows: () => FILES, keep: false, use: (lists) => used.push(lists), saved: () => saved++ },
        { dbPath: dbPath(), minRows: 0, options: LISTS.options, ...(onWorker && { workerPath }) },
      );
      builder.schedule(1);
      await builder.whenSettled();
      expect({ onWorker, used: used.length, saved }).toEqual({ onWorker, used: 0, saved: 1 });
      expect(statSync(`${dbPath()}-ranks`).size).toBeGreaterThan(0);
      await builder.close();
      db.close();
    }
  });

  it('a re-index that changes nothing keeps the lists', async () => {
    const ws = openWorkspace({ rankLists: LISTS });
    await ws.index();
    expect(await ws.rankListsSettled()).toBe(true);
    await ws.index();
    expect(await ws.rankListsSettled()).toBe(true);
  });
});
