import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ArticleWriter } from '../../db/article-writer';
import { openDatabase } from '../../db/open-database';
import { shardFile } from '../../db/schema';
import { makeCorpus, type TempCorpus } from '../__fixtures__/corpus';
import { indexInWorkers as indexInWorkersInto } from './__fixtures__/index-in-workers';
import { buildWorkerBundle } from './__fixtures__/worker-bundle';
import { runInWorkers } from './index-workers';
import { planFromScan } from './plan-index';
import { ProgressReporter } from './progress-reporter';
import { scanColumns } from './scan-workspace';
import { Workspace } from '../workspace';

const FILES = 400;
const LANGS = ['en', 'uk', 'pt', 'de'];
const article = (i: number, word: string): string =>
  `---\ntitle: Post ${i}\npublishedAt: '2026-01-${String((i % 28) + 1).padStart(2, '0')}'\nlang: ${LANGS[i % 4]}\n` +
  `externalId: 'id${i}'\ntags: [T${i % 3}]\n---\n${word} body shared\n`;

let corpus: TempCorpus;
let workerPath: string;
let bundleDir: TempCorpus;

beforeAll(async () => {
  bundleDir = await makeCorpus({});
  workerPath = await buildWorkerBundle(bundleDir.dataDir);
  return () => bundleDir.cleanup();
});

beforeEach(async () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < FILES; i++) files[`posts/p${i}.${LANGS[i % 4]}.md`] = article(i, `word${i}z`);
  corpus = await makeCorpus(files);
});

afterEach(async () => {
  await corpus.cleanup();
});

const dbPath = (): string => join(corpus.dataDir, 'index.db');

const indexInWorkers = (): Promise<void> => indexInWorkersInto(corpus.root, dbPath(), workerPath);

/** Documents per shard, read straight from the files. */
function shardCounts(): [number, number] {
  const main = new Database(dbPath(), { readonly: true });
  const shard = new Database(shardFile(dbPath()), { readonly: true });
  try {
    const count = (db: Database.Database, table: string): number =>
      (db.prepare(`SELECT count(*) AS n FROM ${table}_docsize`).get() as { n: number }).n;
    return [count(main, 'articles_fts'), count(shard, 'articles_fts2')];
  } finally {
    main.close();
    shard.close();
  }
}

const pathsFor = (ws: Workspace, query: string, sort: 'relevance' | 'date-desc' = 'relevance'): string[] =>
  ws.queryArticles({ query, sort, offset: 0, limit: 1000 }).rows.map((r) => r.path).sort();

describe('indexing on worker threads', () => {
  it('writes rows and full text split over both shards, searchable as one index', async () => {
    await indexInWorkers();
    const [first, second] = shardCounts();
    expect(first + second).toBe(FILES);
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(0);

    const ws = Workspace.open({ root: corpus.root, dbPath: dbPath() });
    try {
      expect(ws.status()).toMatchObject({ files: FILES, articles: FILES, invalid: 0 });
      const cases = [
        { query: 'word7z', expected: ['posts/p7.de.md'] },
        { query: 'word398z', expected: ['posts/p398.pt.md'] },
        { query: '"body shared"', expected: FILES },
        { query: 'lang:pt shared', expected: FILES / 4 },
        { query: 'tag:T1 shared', expected: 133 },
      ];
      for (const { query, expected } of cases) {
        const found = pathsFor(ws, query);
        if (typeof expected === 'number') expect(found, query).toHaveLength(expected);
        else expect(found, query).toEqual(expected);
        expect(ws.queryArticles({ query, sort: 'date-desc', offset: 0, limit: 5 }).total, query).toBe(found.length);
      }
      expect(ws.facets({ query: 'shared' }).lang).toEqual(LANGS.map((value) => ({ value, count: FILES / 4 })).sort((a, b) => (a.value < b.value ? -1 : 1)));
      const page = ws.queryArticles({ query: 'word12z', sort: 'relevance', offset: 0, limit: 5 });
      expect(page.rows.map((r) => [r.path, r.snippet])).toEqual([['posts/p12.en.md', '\uE000word12z\uE001 body shared']]);
    } finally {
      await ws.close();
    }
  });

  it('replaces changed files and drops deleted ones in whichever shard held them', async () => {
    await indexInWorkers();
    for (let i = 0; i < FILES; i += 2) await writeFile(join(corpus.root, `posts/p${i}.${LANGS[i % 4]}.md`), article(i, `changed${i}z`));
    await rm(join(corpus.root, 'posts/p1.uk.md'));
    await indexInWorkers();
    const [first, second] = shardCounts();
    expect(first + second).toBe(FILES - 1);

    const ws = Workspace.open({ root: corpus.root, dbPath: dbPath() });
    try {
      expect(pathsFor(ws, 'word0z')).toEqual([]);
      expect(pathsFor(ws, 'changed0z')).toEqual(['posts/p0.en.md']);
      expect(pathsFor(ws, 'word3z')).toEqual(['posts/p3.de.md']);
      expect(pathsFor(ws, 'word1z')).toEqual([]);
      expect(pathsFor(ws, 'shared')).toHaveLength(FILES - 1);
    } finally {
      await ws.close();
    }
  });

  it('never reads a second shard left over from a deleted index file', async () => {
    await indexInWorkers();
    for (const suffix of ['', '-wal', '-shm']) await rm(`${dbPath()}${suffix}`, { force: true });
    await writeFile(join(corpus.root, 'posts/p0.en.md'), article(0, 'fresh'));
    const ws = Workspace.open({ root: corpus.root, dbPath: dbPath(), workerPath });
    try {
      expect(pathsFor(ws, 'shared')).toEqual([]);
      await ws.index();
      expect(pathsFor(ws, 'shared')).toHaveLength(FILES);
      expect(pathsFor(ws, 'word0z')).toEqual([]);
      expect(pathsFor(ws, 'fresh')).toEqual(['posts/p0.en.md']);
    } finally {
      await ws.close();
    }
  });

  it('reports rows first, then full text, and ends with every text written', async () => {
    const db = openDatabase(dbPath());
    const seen: string[] = [];
    const progress = new ProgressReporter((p) => seen.push(`${p.phase} ${p.done}/${p.total}`), 0);
    try {
      const plan = await planFromScan(new ArticleWriter(db), await scanColumns(corpus.root));
      const changes = await runInWorkers(plan, { root: corpus.root, db: { dbPath: dbPath() }, workerPath, progress, shareMin: 1, batchSize: 50 });
      expect(changes).toMatchObject({ read: FILES, reparsed: FILES, touched: 0, removed: 0 });
      expect(changes.changedPaths).toHaveLength(FILES);
    } finally {
      progress.dispose();
      db.close();
    }
    const firstText = seen.findIndex((s) => s.startsWith('fulltext'));
    expect(seen.slice(0, firstText).every((s) => s.startsWith('indexing'))).toBe(true);
    expect(seen[firstText - 1]).toBe(`indexing ${FILES}/${FILES}`);
    expect(seen.at(-1)).toBe(`fulltext ${FILES}/${FILES}`);
  });

  it('stops both threads when aborted, and the next run completes what is missing', async () => {
    const ws = Workspace.open({ root: corpus.root, dbPath: dbPath(), workerPath });
    try {
      const controller = new AbortController();
      const off = ws.on('progress', (p) => {
        if (p.phase === 'indexing') controller.abort();
      });
      await expect(ws.index({ signal: controller.signal })).rejects.toThrow();
      off();
      const summary = await ws.index();
      expect(summary.files).toBe(FILES);
      expect(summary.changes.read).toBeGreaterThan(0);
      expect(pathsFor(ws, 'shared')).toHaveLength(FILES);
      expect(pathsFor(ws, 'word399z')).toEqual(['posts/p399.de.md']);
    } finally {
      await ws.close();
    }
  });
});
