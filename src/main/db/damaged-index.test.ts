import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { damagePageOf, fillWithGarbage, truncateToHalf } from './__fixtures__/damage-index';
import { describeRecovery, findDamagedFiles, isCorruptionError, moveAsideDamaged } from './damaged-index';
import { openDatabase } from './open-database';

let dir: string;
let file: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'copydesk-damaged-'));
  file = join(dir, 'index.db');
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** A closed index with one article, its full-text row in the main shard. */
function buildIndex(): void {
  const db = openDatabase(file);
  db.prepare("INSERT INTO articles (id, path, size, mtime_ms, hash, title, valid) VALUES (1, 'a.md', 1, 1, 'h', 'Alpha', 1)").run();
  db.prepare("INSERT INTO articles_fts (rowid, title, description, body, tags) VALUES (1, 'Alpha', '', 'bitcoin miners', '')").run();
  db.close();
}

const sqliteError = (code: string): Error => new Database.SqliteError('database disk image is malformed', code);

describe('isCorruptionError', () => {
  const cases = [
    { error: sqliteError('SQLITE_CORRUPT'), expected: true },
    { error: sqliteError('SQLITE_CORRUPT_VTAB'), expected: true },
    { error: sqliteError('SQLITE_NOTADB'), expected: true },
    { error: sqliteError('SQLITE_BUSY'), expected: false },
    { error: sqliteError('SQLITE_READONLY'), expected: false },
    { error: new Error('database disk image is malformed'), expected: false },
    { error: null, expected: false },
  ];
  it.each(cases)('$error → $expected', ({ error, expected }) => {
    expect(isCorruptionError(error)).toBe(expected);
  });
});

describe('findDamagedFiles', () => {
  it('finds nothing wrong with a healthy index', () => {
    buildIndex();
    expect(findDamagedFiles(file)).toEqual([]);
  });

  it.each([
    { name: 'garbage', damage: fillWithGarbage, problem: 'file is not a database' },
    { name: 'half a file', damage: truncateToHalf, problem: /.+/ },
    { name: 'a bad page', damage: (f: string) => damagePageOf(f, 'articles'), problem: /.+/ },
  ])('names the index file holding $name, with what SQLite said', ({ damage, problem }) => {
    buildIndex();
    damage(file);
    const damaged = findDamagedFiles(file);
    expect(damaged).toEqual([{ file, problem: expect.stringMatching(problem) }]);
    expect(damaged[0]?.problem).not.toContain('\n');
  });

  it('names the full-text shard when only the shard is garbage', () => {
    buildIndex();
    fillWithGarbage(`${file}-fts2`);
    expect(findDamagedFiles(file)).toEqual([{ file: `${file}-fts2`, problem: 'file is not a database' }]);
  });

  it('names a file whose full-text segment is damaged (quick_check runs FTS5 checks)', () => {
    buildIndex();
    damagePageOf(file, 'articles_fts_data');
    expect(findDamagedFiles(file).map((d) => d.file)).toEqual([file]);
  });
});

describe('moveAsideDamaged', () => {
  const now = new Date('2026-03-04T05:06:07.890Z');

  it('moves the damaged file and its WAL aside, deletes the rest of the index', () => {
    buildIndex();
    for (const extra of ['-wal', '-shm', '-fts2-wal', '-ranks']) writeFileSync(`${file}${extra}`, 'x');
    const moved = moveAsideDamaged(file, [{ file, problem: 'file is not a database' }], now);
    expect(moved).toEqual([`${file}.corrupt-20260304T050607Z`]);
    expect(readdirSync(dir).sort()).toEqual(['index.db.corrupt-20260304T050607Z', 'index.db.corrupt-20260304T050607Z-wal']);
  });

  it('keeps only the newest moved-aside copy of a file', () => {
    buildIndex();
    writeFileSync(`${file}.corrupt-20250101T000000Z`, 'older copy');
    writeFileSync(`${file}-fts2.corrupt-20250101T000000Z`, 'older copy of the other file');
    moveAsideDamaged(file, [{ file, problem: 'x' }], now);
    expect(readdirSync(dir).sort()).toEqual(['index.db-fts2.corrupt-20250101T000000Z', 'index.db.corrupt-20260304T050607Z']);
  });

  it('moves the shard aside when it is the damaged one', () => {
    buildIndex();
    const moved = moveAsideDamaged(file, [{ file: `${file}-fts2`, problem: 'x' }], now);
    expect(moved).toEqual([`${file}-fts2.corrupt-20260304T050607Z`]);
    expect(existsSync(file)).toBe(false);
    expect(readdirSync(dir)).toEqual(['index.db-fts2.corrupt-20260304T050607Z']);
  });
});

describe('describeRecovery', () => {
  it('says the index is rebuilt and names the kept copy only by its file name, on one line', () => {
    const line = describeRecovery({ damaged: [{ file: '/home/ana/.config/Copydesk/indexes/3f2a.db', problem: 'file is not a database' }], movedTo: ['/home/ana/.config/Copydesk/indexes/3f2a.db.corrupt-20260304T050607Z'] });
    expect(line).toBe(
      'The search index was damaged and is being rebuilt from your articles, which are not affected. The damaged copy was kept as 3f2a.db.corrupt-20260304T050607Z.',
    );
  });

  it('names both copies when the index and its full-text shard were damaged', () => {
    const line = describeRecovery({
      damaged: [
        { file: '/d/i.db', problem: 'database disk image is malformed' },
        { file: '/d/i.db-fts2', problem: 'database disk image is malformed' },
      ],
      movedTo: ['/d/i.db.corrupt-1', '/d/i.db-fts2.corrupt-1'],
    });
    expect(line).toBe(
      'The search index was damaged and is being rebuilt from your articles, which are not affected. The damaged copies were kept as i.db.corrupt-1 and i.db-fts2.corrupt-1.',
    );
    expect(line).not.toContain('/');
  });
});
