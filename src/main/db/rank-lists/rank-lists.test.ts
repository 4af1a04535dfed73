import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toFtsMatch } from '@shared/query/to-fts-match';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { makeCorpus, type TempCorpus } from '../../services/__fixtures__/corpus';
import { indexInWorkers } from '../../services/indexing/__fixtures__/index-in-workers';
import { buildWorkerBundle } from '../../services/indexing/__fixtures__/worker-bundle';
import { MATCH_IDS_SQL, MATCH_SCORES_SQL, matchParams } from '../fulltext-match';
import { openDatabase, type IndexDatabase } from '../open-database';
import { rankedCorpus } from './__fixtures__/ranked-corpus';
import { buildRankLists, type RankListsData } from './build-rank-lists';
import { RankLists } from './rank-lists';
import { loadOrBuildRankLists, loadRankLists, rankListsStamp, saveRankLists } from './rank-lists-file';

const FILES = 320;
/** Words in fewer rows than this are left to FTS5 at query time, so both paths are exercised. */
const MIN_DOCS = 100;

let corpus: TempCorpus;
let db: IndexDatabase;
let data: RankListsData;
let lists: RankLists;

beforeAll(async () => {
  corpus = await makeCorpus(rankedCorpus(FILES));
  const workerPath = await buildWorkerBundle(corpus.dataDir);
  const dbPath = join(corpus.dataDir, 'index.db');
  await indexInWorkers(corpus.root, dbPath, workerPath);
  db = openDatabase(dbPath);
  data = buildRankLists(db, { minShare: 0, minDocs: MIN_DOCS });
  lists = new RankLists(data, db);
});

afterAll(async () => {
  db.close();
  await corpus.cleanup();
});

/** SQLite's own answer: every match ordered by bm25, then id. */
const sqliteOrder = (match: string): { id: number; score: number }[] =>
  db.prepare<string[], { id: number; score: number }>(`SELECT id, score FROM (${MATCH_SCORES_SQL}) ORDER BY score, id`).all(...matchParams(match));

/** What the search box sends for these words. */
const matchOf = (...terms: string[]): string => toFtsMatch(terms) ?? '';

const QUERIES: string[][] = [
  ['market'],
  ['mar'],
  ['markets'],
  ['regul*'],
  ['regulação'],
  ['regulacao'],
  ['informacao'],
  ['ринок'],
  ['рин'],
  ['біткоїн'],
  ['uber'],
  ['the'],
  ['the', 'market'],
  ['bitcoin', 'mining', 'price'],
  ['etf', 'regul'],
  ['hashrate', 'halving'],
  ['nosuchword'],
  ['market', 'nosuchword'],
];

describe('rank lists', () => {
  it('fill both full-text shards and list some words but not others (the set-up the comparisons rely on)', () => {
    expect(data.shards.map((shard) => shard.rows).every((rows) => rows > 0)).toBe(true);
    const listed = data.vocab.filter((_, i) => data.listOf[i] !== -1);
    expect(listed).toContain('market');
    expect(listed.length).toBeLessThan(data.vocab.length);
    expect(data.vocab.filter((term, i) => data.listOf[i] === -1 && term.startsWith('mar')).length).toBeGreaterThan(0);
  });

  it.each(QUERIES.map((terms) => [terms.join(' ')]))('rank %s exactly as SQLite bm25 does, in both shards', (text) => {
    const match = matchOf(...text.split(' '));
    const expected = sqliteOrder(match);
    const ranked = lists.rank(match, null, 0, FILES);
    expect(ranked).not.toBeNull();
    expect(ranked?.total).toBe(expected.length);
    expect(ranked?.ids).toEqual(expected.map((row) => row.id));
  });

  it('find the same rows as FTS5, for counts, facets and date order', () => {
    for (const terms of QUERIES) {
      const match = matchOf(...terms);
      const expected = db.prepare<string[], number>(MATCH_IDS_SQL).pluck().all(...matchParams(match)).sort((a, b) => a - b);
      expect(Array.from(lists.ids(match) ?? [NaN]), terms.join(' ')).toEqual(expected);
    }
  });

  it('page through the order and apply a row test before ranking', () => {
    const match = matchOf('market');
    const order = sqliteOrder(match).map((row) => row.id);
    expect(lists.rank(match, null, 7, 5)?.ids).toEqual(order.slice(7, 12));
    expect(lists.rank(match, null, order.length + 3, 5)).toEqual({ total: order.length, ids: [] });
    const even = (id: number): boolean => id % 2 === 0;
    expect(lists.rank(match, even, 2, 6)).toEqual({ total: order.filter(even).length, ids: order.filter(even).slice(2, 8) });
  });

  it('leave to FTS5 what they cannot answer exactly', () => {
    expect(lists.rank(matchOf('bitcoin mining'), null, 0, 10)).toBeNull(); // a phrase needs word positions
    expect(lists.rank('market OR miner', null, 0, 10)).toBeNull(); // not a search-box expression
    const cIds = db.prepare<string[], number>(MATCH_IDS_SQL).pluck().all(...matchParams(matchOf('c++'))).sort((a, b) => a - b);
    expect(Array.from(lists.ids(matchOf('c++')) ?? [NaN])).toEqual(cIds);
  });

  it('go to FTS5 for the words they do not list, within a budget', () => {
    // Every word listed: nothing is read while querying, and the order is the same.
    const everything = buildRankLists(db, { minShare: 0, minDocs: 1 });
    const noneListed = buildRankLists(db, { minShare: 1, minDocs: FILES + 1 });
    expect(everything.listOf.every((list) => list >= 0)).toBe(true);
    expect(noneListed.listOf.every((list) => list === -1)).toBe(true);
    const match = matchOf('regul*');
    const expected = sqliteOrder(match).map((row) => row.id);
    expect(new RankLists(everything, db).rank(match, null, 0, FILES)?.ids).toEqual(expected);
    // None listed: `regul*` is read word by word from FTS5 (still exact) while under the budget.
    expect(new RankLists(noneListed, db).rank(match, null, 0, FILES)?.ids).toEqual(expected);
  });
});

describe('rank lists saved beside the index', () => {
  const options = { minShare: 0, minDocs: MIN_DOCS };

  it('load back equal to what was saved, only for the same stamp', () => {
    const file = join(corpus.dataDir, 'saved-ranks');
    saveRankLists(file, 'stamp-a', data);
    expect(loadRankLists(file, 'stamp-a')).toEqual(data);
    expect(loadRankLists(file, 'stamp-b')).toBeNull();
  });

  it('say a failed save in one line, without a stack trace, and go on', () => {
    const warned: unknown[][] = [];
    const spy = vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => void warned.push(args));
    const previous = process.env.COPYDESK_DEBUG;
    delete process.env.COPYDESK_DEBUG;
    try {
      saveRankLists(join(corpus.dataDir, 'no-such-folder', 'ranks'), 'stamp-a', data);
    } finally {
      spy.mockRestore();
      if (previous !== undefined) process.env.COPYDESK_DEBUG = previous;
    }
    expect(warned).toEqual([[expect.stringMatching(/^Copydesk: could not save the rank lists \(they are built again next time\): ENOENT: no such file or directory, open '.+ranks\.tmp'$/)]]);
  });

  it('read a missing, damaged or foreign file as nothing saved', () => {
    const file = join(corpus.dataDir, 'damaged-ranks');
    expect(loadRankLists(file, 'stamp-a')).toBeNull();
    saveRankLists(file, 'stamp-a', data);
    const whole = readFileSync(file);
    writeFileSync(file, whole.subarray(0, whole.length - 3));
    expect(loadRankLists(file, 'stamp-a')).toBeNull();
    writeFileSync(file, Buffer.concat([whole, Buffer.from('extra')]));
    expect(loadRankLists(file, 'stamp-a')).toBeNull();
    writeFileSync(file, 'not rank lists at all');
    expect(loadRankLists(file, 'stamp-a')).toBeNull();
  });

  it('are built and saved once, then loaded while the rows and options stay the same', () => {
    const file = join(corpus.dataDir, 'index.db-ranks');
    rmSync(file, { force: true });
    const built = loadOrBuildRankLists(db, file, options);
    const saved = statSync(file).mtimeMs;
    expect(built).toEqual(data);
    // Loaded, not rebuilt: a build saves what it built, which would move the file's time.
    expect(loadOrBuildRankLists(db, file, options)).toEqual(data);
    expect(statSync(file).mtimeMs).toBe(saved);
    expect(rankListsStamp(db, { ...options, minDocs: MIN_DOCS + 1 })).not.toBe(rankListsStamp(db, options));
  });
});
