import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { copyFixture, type TempCorpus } from '../api/__fixtures__/copy-fixture';
import { damagePageOf, fillWithGarbage, truncateToHalf } from '../db/__fixtures__/damage-index';
import { openDatabase } from '../db/open-database';
import { runCli } from './index';
import { Collector } from './test-support/collector';

/*
 * Every command on an index damaged on disk, in-process on a fresh temp copy
 * of src/main/api/__fixtures__/mini-corpus per test. By hand from the
 * fixture: 8 files (5 valid); "bitcoin" is in etf-outflows.en (body),
 * etf-outflows-again.en (title) and miners-pivot.en (description); tag
 * MINING is on miners-pivot.en, miners-pivot.uk and lost-original.pt.
 */


const BITCOIN = ['2026/01/etf-outflows.en.md', '2026/01/miners-pivot.en.md', '2026/02/etf-outflows-again.en.md'];
const MINING = ['2026/01/lost-original.pt.md', '2026/01/miners-pivot.en.md', '2026/01/miners-pivot.uk.md'];
const NOTICE = /The search index was damaged and is being rebuilt from your articles, which are not affected\. The damaged copy was kept as (\S+)\./g;

let corpus: TempCorpus;
let db: string;
/** What commands that are not handed a stream (retag, undo) write to the process's stderr. */
let processStderr: string;
const previousDataDir = process.env.COPYDESK_DATA_DIR;

beforeEach(async () => {
  corpus = await copyFixture();
  process.env.COPYDESK_DATA_DIR = join(corpus.scratch, 'data');
  db = join(corpus.scratch, 'index.db');
  processStderr = '';
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    processStderr += String(chunk);
    return true;
  });
});

afterEach(async () => {
  vi.restoreAllMocks();
  if (previousDataDir === undefined) delete process.env.COPYDESK_DATA_DIR;
  else process.env.COPYDESK_DATA_DIR = previousDataDir;
  await corpus.dispose();
});

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new Collector();
  const stderr = new Collector();
  const code = await runCli(argv, { stdout, stderr });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/** Builds the index the damage is done to, and checks it was built. */
async function buildIndex(): Promise<void> {
  expect((await run('index', corpus.root, '--db', db, '--json')).code).toBe(0);
}

/** The recovery notices a command printed, anywhere: each names the moved-aside copy. */
function notices(stderr: string): Array<{ movedTo: string }> {
  return [...(stderr + processStderr).matchAll(NOTICE)].map((m) => ({ movedTo: m[1] ?? '' }));
}

/** Reads the index as the command left it (closed): rows, paths of a tag, paths whose text matches a word. */
function indexed(): { files: number; tagged: (tag: string) => string[]; matching: (word: string) => string[]; draft: (path: string) => number } {
  const conn = openDatabase(db, { readonly: true });
  try {
    const files = conn.prepare<[], number>('SELECT count(*) FROM articles').pluck().get() ?? 0;
    const rows = conn.prepare<[], { path: string; tag: string | null; draft: number }>(
      'SELECT path, tag, draft FROM articles LEFT JOIN article_tags ON article_id = id',
    ).all();
    const fts = (word: string): string[] =>
      conn
        .prepare<[string, string], string>(
          `SELECT path FROM articles WHERE id IN (SELECT rowid FROM articles_fts(?) UNION SELECT rowid FROM fts2.articles_fts2(?)) ORDER BY path`,
        )
        .pluck()
        .all(word, word);
    const byWord = new Map(['bitcoin'].map((word) => [word, fts(word)]));
    return {
      files,
      tagged: (tag) => [...new Set(rows.filter((r) => r.tag === tag).map((r) => r.path))].sort(),
      matching: (word) => byWord.get(word) ?? fts(word),
      draft: (path) => rows.find((r) => r.path === path)?.draft ?? -1,
    };
  } finally {
    conn.close();
  }
}

const DAMAGES = [
  { name: 'the index file replaced by garbage', file: 'index.db', damage: (file: string) => fillWithGarbage(file) },
  { name: 'the index file truncated to half', file: 'index.db', damage: (file: string) => truncateToHalf(file) },
  { name: 'a bad page in the articles table', file: 'index.db', damage: (file: string) => void damagePageOf(file, 'articles') },
  { name: 'the full-text shard replaced by garbage', file: 'index.db-fts2', damage: (file: string) => fillWithGarbage(`${file}-fts2`) },
];

/** Exactly one notice, naming the damaged file's copy by name (no folder); the copy lies beside the index. */
function expectOneNotice(stderr: string, damagedName: string): void {
  const said = notices(stderr);
  expect(said).toHaveLength(1);
  expect(said[0]?.movedTo).toMatch(new RegExp(`^${damagedName.replace(/[.\\/]/g, '\\$&')}\\.corrupt-\\d{8}T\\d{6}Z$`));
  expect(existsSync(join(corpus.scratch, said[0]?.movedTo ?? ''))).toBe(true);
  expect(stderr + processStderr).not.toContain(corpus.scratch);
}

describe.each(DAMAGES)('with $name', ({ file, damage }) => {
  it('index rebuilds it, says so once, and summarises every file', async () => {
    await buildIndex();
    damage(db);
    const { code, stdout, stderr } = await run('index', corpus.root, '--db', db, '--json');
    expect(code).toBe(0);
    expectOneNotice(stderr, file);
    expect(JSON.parse(stdout)).toMatchObject({ files: 8, articles: 5, invalid: 3, tags: { MINING: 3, AI: 2, ETF: 2 } });
    expect(indexed().files).toBe(8);
    expect(indexed().matching('bitcoin')).toEqual(BITCOIN);
  });

  it('search rebuilds it, says so once, and finds what it should', async () => {
    await buildIndex();
    damage(db);
    const { code, stdout, stderr } = await run('search', corpus.root, 'bitcoin', '--db', db, '--json');
    expect(code).toBe(0);
    expectOneNotice(stderr, file);
    const report = JSON.parse(stdout) as { total: number; results: Array<{ path: string }> };
    expect(report.total).toBe(3);
    expect(report.results.map((r) => r.path).sort()).toEqual(BITCOIN);
  });

  it('set saves the file, rebuilds the index with the change, says so once', async () => {
    await buildIndex();
    damage(db);
    const { code, stderr } = await run('set', corpus.root, '2026/01/miners-pivot.en.md', 'draft=true', '--db', db);
    expect(code).toBe(0);
    expectOneNotice(stderr, file);
    expect(readFileSync(join(corpus.root, '2026/01/miners-pivot.en.md'), 'utf8')).toContain('draft: true');
    const after = indexed();
    expect(after.files).toBe(8);
    expect(after.draft('2026/01/miners-pivot.en.md')).toBe(1);
    expect(after.matching('bitcoin')).toEqual(BITCOIN);
  });

  it('retag changes the selected files, rebuilds the index with the new tags, says so once', async () => {
    await buildIndex();
    damage(db);
    const { code, stdout, stderr } = await run('retag', corpus.root, '--where', 'tag:MINING', '--add', 'WATCH', '--db', db, '--json');
    expect(code).toBe(0);
    expectOneNotice(stderr, file);
    expect(JSON.parse(stdout)).toMatchObject({ changed: 3, skipped: [] });
    const after = indexed();
    expect(after.files).toBe(8);
    expect(after.tagged('WATCH')).toEqual(MINING);
  });

  it('undo puts back a batch journaled before the damage (journals are not in the index), says so once', async () => {
    await buildIndex();
    const before = MINING.map((path) => readFileSync(join(corpus.root, path), 'utf8'));
    const retag = await run('retag', corpus.root, '--where', 'tag:MINING', '--add', 'WATCH', '--db', db, '--json');
    expect(JSON.parse(retag.stdout)).toMatchObject({ changed: 3 });
    damage(db);
    const { code, stdout, stderr } = await run('undo', corpus.root, '--db', db, '--json');
    expect(code).toBe(0);
    expectOneNotice(stderr, file);
    expect((JSON.parse(stdout) as { restored: string[] }).restored.sort()).toEqual(MINING);
    expect(MINING.map((path) => readFileSync(join(corpus.root, path), 'utf8'))).toEqual(before);
    const after = indexed();
    expect(after.files).toBe(8);
    expect(after.tagged('WATCH')).toEqual([]);
    expect(after.tagged('MINING')).toEqual(MINING);
  });

  it('serve rebuilds it, says so once, and answers queries over HTTP', async () => {
    await buildIndex();
    damage(db);
    const controller = new AbortController();
    const stdout = new Collector();
    const stderr = new Collector();
    const running = runCli(['serve', corpus.root, '--db', db], { stdout, stderr, signal: controller.signal });
    try {
      // Generous: the point is that it gets there, not how fast.
      const deadline = Date.now() + 20_000;
      while (!stderr.text.includes('Indexed ') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      expect(stderr.text).toContain('Indexed 8 files (3 invalid).');
      const [, url, token] = /at (http:\/\/127\.0\.0\.1:\d+)\/#token=([\w-]+)\n/.exec(stdout.text) ?? [];
      const reply = await fetch(`${url}/api/articles.query`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: 'bitcoin', sort: 'relevance' }),
      });
      const envelope = (await reply.json()) as { ok: boolean; value: { total: number; rows: Array<{ path: string }> } };
      expect(envelope.value.total).toBe(3);
      expect(envelope.value.rows.map((r) => r.path).sort()).toEqual(BITCOIN);
    } finally {
      controller.abort();
      expect(await running).toBe(0);
    }
    expectOneNotice(stderr.text, file);
  });
});

describe('damage found by a query, after the index opened and updated without noticing', () => {
  it('search rebuilds the index when its full-text segment is bad, says so once, and finds what it should', async () => {
    await buildIndex();
    damagePageOf(db, 'articles_fts_data');
    const { code, stdout, stderr } = await run('search', corpus.root, 'bitcoin', '--db', db, '--json');
    expect(code).toBe(0);
    expectOneNotice(stderr, 'index.db');
    expect((JSON.parse(stdout) as { results: Array<{ path: string }> }).results.map((r) => r.path).sort()).toEqual(BITCOIN);
  });
});

describe('with a garbage WAL file', () => {
  // SQLite ignores a WAL whose header is not its own (a cleanly closed index has no WAL to lose), so
  // nothing is damaged and nothing is said; kept so that stays true.
  it.each([
    ['index', '--json'],
    ['search', 'bitcoin', '--json'],
  ])('%s works as on a healthy index, and says nothing', async (command, ...args) => {
    await buildIndex();
    fillWithGarbage(`${db}-wal`);
    const { code, stderr } = await run(command, corpus.root, ...args, '--db', db);
    expect(code).toBe(0);
    expect(notices(stderr)).toEqual([]);
    expect(indexed().files).toBe(8);
    expect(indexed().matching('bitcoin')).toEqual(BITCOIN);
  });
});
