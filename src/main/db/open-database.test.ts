import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fillWithGarbage } from './__fixtures__/damage-index';
import { openDatabase, openOrRecoverDatabase, schemaVersion } from './open-database';
import { SCHEMA_VERSION } from './schema';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'copydesk-db-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const countArticles = (db: Database.Database): number =>
  (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;

const insertArticle = (db: Database.Database): void => {
  db.prepare(
    "INSERT INTO articles (path, size, mtime_ms, hash, title, valid) VALUES ('a.md', 1, 1, 'h', 'A', 1)",
  ).run();
};

describe('openDatabase', () => {
  it('creates the schema in WAL mode at the current version', () => {
    const db = openDatabase(join(dir, 'index.db'));
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(1); // NORMAL
    expect(countArticles(db)).toBe(0);
    db.close();
  });

  it('keeps the rows of a current index', () => {
    const file = join(dir, 'index.db');
    const first = openDatabase(file);
    insertArticle(first);
    first.close();
    const again = openDatabase(file);
    expect(countArticles(again)).toBe(1);
    again.close();
  });

  it('rebuilds an index of another schema version, empty', () => {
    const file = join(dir, 'index.db');
    const first = openDatabase(file);
    insertArticle(first);
    first.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    first.close();
    const rebuilt = openDatabase(file);
    expect(schemaVersion(rebuilt)).toBe(SCHEMA_VERSION);
    expect(countArticles(rebuilt)).toBe(0);
    rebuilt.close();
  });

  it('rebuilds a file from before versioning that has an incompatible table', () => {
    const file = join(dir, 'index.db');
    const old = new Database(file);
    old.exec('CREATE TABLE articles (path TEXT)');
    old.close();
    const db = openDatabase(file);
    insertArticle(db);
    expect(countArticles(db)).toBe(1);
    db.close();
  });

  it('opens read-only only when the schema is current', () => {
    const file = join(dir, 'index.db');
    openDatabase(file).close();
    const ro = openDatabase(file, { readonly: true });
    expect(() => insertArticle(ro)).toThrow();
    ro.close();
    const stale = new Database(file);
    stale.pragma('user_version = 0');
    stale.close();
    expect(() => openDatabase(file, { readonly: true })).toThrow(/schema version 0/);
  });
});

describe('openOrRecoverDatabase', () => {
  it('opens a healthy index as it is and reports nothing', () => {
    const file = join(dir, 'index.db');
    const first = openDatabase(file);
    insertArticle(first);
    first.close();
    const { db, recovery } = openOrRecoverDatabase(file);
    expect(recovery).toBeNull();
    expect(countArticles(db)).toBe(1);
    db.close();
  });

  it('moves a garbage index file aside and opens a new, empty index in its place', () => {
    const file = join(dir, 'index.db');
    openDatabase(file).close();
    fillWithGarbage(file);
    const { db, recovery } = openOrRecoverDatabase(file);
    expect(recovery?.damaged).toEqual([{ file, problem: 'file is not a database' }]);
    expect(recovery?.movedTo).toEqual([expect.stringMatching(/index\.db\.corrupt-\d{8}T\d{6}Z$/)]);
    expect(existsSync(recovery?.movedTo[0] ?? '')).toBe(true);
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    expect(countArticles(db)).toBe(0);
    db.close();
  });

  it('moves a garbage full-text shard aside', () => {
    const file = join(dir, 'index.db');
    openDatabase(file).close();
    fillWithGarbage(`${file}-fts2`);
    const { db, recovery } = openOrRecoverDatabase(file);
    expect(recovery?.damaged.map((d) => d.file)).toEqual([`${file}-fts2`]);
    expect(readdirSync(dir).filter((name) => name.includes('.corrupt-'))).toEqual([expect.stringMatching(/^index\.db-fts2\.corrupt-/)]);
    db.close();
  });

  it('leaves alone what is not damage: a path it cannot open fails as before', () => {
    const file = join(dir, 'index.db');
    mkdirSync(file);
    expect(() => openOrRecoverDatabase(file)).toThrow();
    expect(readdirSync(dir)).toEqual(['index.db']);
  });
});
