import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { damagePageOf } from '../db/__fixtures__/damage-index';
import { BLOG, CORPUS_MARKDOWN_FILES, makeCorpus, type TempCorpus } from './__fixtures__/corpus';
import { Workspace, type IndexRecoveredNotice } from './workspace';

/*
 * Recovery inside the workspace, on a real index of the services fixture
 * corpus (8 files; "withdrawals" is only in etf.en.md's body).
 */

let corpus: TempCorpus;
let ws: Workspace | undefined;
let notices: IndexRecoveredNotice[];

const dbPath = (): string => join(corpus.dataDir, 'index.db');
const open = (): Workspace => Workspace.open({ root: corpus.root, dbPath: dbPath(), onIndexRecovered: (n) => notices.push(n) });
const withdrawals = (w: Workspace): string[] => w.queryArticles({ query: 'withdrawals', sort: 'relevance', offset: 0, limit: 10 }).rows.map((r) => r.path);

beforeEach(async () => {
  corpus = await makeCorpus();
  notices = [];
  const first = open();
  await first.index();
  await first.close();
});

afterEach(async () => {
  await ws?.close();
  ws = undefined;
  await corpus.cleanup();
});

describe('Workspace.recoverFrom', () => {
  it('does nothing for an error that is not about a damaged file', async () => {
    ws = open();
    await ws.index();
    expect(await ws.recoverFrom(new Database.SqliteError('database is locked', 'SQLITE_BUSY'))).toBe(false);
    expect(await ws.recoverFrom(new Error('database disk image is malformed'))).toBe(false);
    expect(notices).toEqual([]);
  });

  it('keeps an index that quick_check finds healthy, whatever the error said', async () => {
    ws = open();
    await ws.index();
    expect(await ws.recoverFrom(new Database.SqliteError('database disk image is malformed', 'SQLITE_CORRUPT'))).toBe(false);
    expect(notices).toEqual([]);
    expect(readdirSync(corpus.dataDir).filter((name) => name.includes('.corrupt-'))).toEqual([]);
    expect(withdrawals(ws)).toEqual([`${BLOG}/02/etf.en.md`]);
  });
});

describe('a damaged page found while re-indexing changed files (the watcher, a save)', () => {
  it('rebuilds the index once, still reports the changed file, and fills in every other file', async () => {
    damagePageOf(dbPath(), 'articles');
    ws = open(); // the page is not read when opening
    expect(notices).toEqual([]);
    const changed: string[][] = [];
    ws.on('changed', (event) => changed.push(event.changed));
    await corpus.write(`${BLOG}/02/etf.en.md`, '---\ntitle: Outflows\nlang: en\n---\nRecord withdrawals again.\n');
    const changes = await ws.reindexPaths([`${BLOG}/02/etf.en.md`]);
    expect(changes.changedPaths).toEqual([`${BLOG}/02/etf.en.md`]);
    expect(changed).toEqual([[`${BLOG}/02/etf.en.md`]]);
    expect(notices).toHaveLength(1);
    expect(notices[0]?.movedTo).toEqual([expect.stringMatching(/index\.db\.corrupt-\d{8}T\d{6}Z$/)]);
    expect(ws.status().files).toBe(CORPUS_MARKDOWN_FILES);
    expect(withdrawals(ws)).toEqual([`${BLOG}/02/etf.en.md`]);
  });
});
