import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { CopydeskError } from '@shared/errors';
import { findDamagedFiles, isCorruptionError, moveAsideDamaged, type IndexRecovery } from './damaged-index';
import { SCHEMA_SQL, SCHEMA_TABLES, SCHEMA_VERSION, SHARD_SCHEMA, SHARD_TABLES, shardFile, shardSql } from './schema';

/** A better-sqlite3 connection to an index file (with its second full-text shard attached). */
export type IndexDatabase = Database.Database;

export interface OpenDatabaseOptions {
  /** Path to `better_sqlite3.node` when it is not where the package expects it (packaged apps). */
  nativeBinding?: string;
  /** Open without writing; the schema must already be current. */
  readonly?: boolean;
  /**
   * Page cache in KiB (default 16 MiB). The bulk writer asks for more: it
   * touches FTS segments and several indexes per batch.
   */
  cacheKiB?: number;
}

/**
 * Opens (creating if needed) an index database in WAL mode, attaches its
 * second full-text shard, and brings the schema to `SCHEMA_VERSION`. A
 * database of another version is rebuilt empty: the index is a cache, so
 * dropping it loses nothing the files do not hold.
 */
export function openDatabase(file: string, opts: OpenDatabaseOptions = {}): IndexDatabase {
  const db = new Database(file, {
    readonly: opts.readonly ?? false,
    ...(opts.nativeBinding !== undefined && { nativeBinding: opts.nativeBinding }),
  });
  try {
    if (opts.readonly) {
      assertCurrent(db, file);
      // An attached file inherits the connection's read-only flag.
      db.prepare(`ATTACH DATABASE ? AS ${SHARD_SCHEMA}`).run(shardFile(file));
      return db;
    }
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('temp_store = MEMORY');
    db.pragma(`cache_size = ${-(opts.cacheKiB ?? 16384)}`);
    db.prepare(`ATTACH DATABASE ? AS ${SHARD_SCHEMA}`).run(shardFile(file));
    db.pragma(`${SHARD_SCHEMA}.journal_mode = WAL`);
    db.pragma(`${SHARD_SCHEMA}.synchronous = NORMAL`);
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** An index file opened by `openOrRecoverDatabase`, and what had to be moved aside first (null: nothing). */
export interface OpenedIndex {
  db: IndexDatabase;
  recovery: IndexRecovery | null;
}

/**
 * `openDatabase` for the one connection that owns an index: when the index
 * file or its shard turns out to be damaged (opening fails with
 * SQLITE_CORRUPT or SQLITE_NOTADB and `quick_check` agrees), the damaged
 * files are moved aside and a new, empty index is opened in their place. The
 * index is a cache, so this loses nothing the articles do not hold; the
 * caller refills it and tells the person once.
 */
export function openOrRecoverDatabase(file: string, opts: Omit<OpenDatabaseOptions, 'readonly'> = {}): OpenedIndex {
  try {
    return { db: openDatabase(file, opts), recovery: null };
  } catch (error) {
    if (!isCorruptionError(error)) throw error;
    const damaged = findDamagedFiles(file, opts);
    if (damaged.length === 0) throw error;
    const movedTo = moveAsideDamaged(file, damaged);
    return { db: openDatabase(file, opts), recovery: { damaged, movedTo } };
  }
}

/** Current schema version stored in the file (`PRAGMA user_version`). */
export function schemaVersion(db: IndexDatabase): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function migrate(db: IndexDatabase): void {
  if (schemaVersion(db) !== SCHEMA_VERSION) {
    resetSchema(db);
    return;
  }
  if (shardGeneration(db) !== generation(db)) resetShard(db, generation(db) ?? newGeneration(db));
}

/** Drops and recreates every table of both files: an empty index of the current version (a full rebuild starts here). */
export function resetSchema(db: IndexDatabase): void {
  db.transaction(() => {
    for (const table of SCHEMA_TABLES) db.exec(`DROP TABLE IF EXISTS main.${table}`);
    db.exec(SCHEMA_SQL);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  })();
  resetShard(db, newGeneration(db));
}

function newGeneration(db: IndexDatabase): string {
  const token = randomUUID();
  db.prepare("INSERT OR REPLACE INTO main.index_meta (key, value) VALUES ('generation', ?)").run(token);
  return token;
}

function resetShard(db: IndexDatabase, token: string): void {
  db.transaction(() => {
    for (const table of SHARD_TABLES) db.exec(`DROP TABLE IF EXISTS ${SHARD_SCHEMA}.${table}`);
    db.exec(shardSql(SHARD_SCHEMA));
    db.prepare(`INSERT INTO ${SHARD_SCHEMA}.shard_meta (key, value) VALUES ('generation', ?)`).run(token);
  })();
}

function generation(db: IndexDatabase): string | undefined {
  return db.prepare<[], { value: string }>("SELECT value FROM main.index_meta WHERE key = 'generation'").get()?.value;
}

function shardGeneration(db: IndexDatabase): string | undefined {
  try {
    return db
      .prepare<[], { value: string }>(`SELECT value FROM ${SHARD_SCHEMA}.shard_meta WHERE key = 'generation'`)
      .get()?.value;
  } catch {
    return undefined; // no shard table yet
  }
}

function assertCurrent(db: IndexDatabase, file: string): void {
  const version = schemaVersion(db);
  if (version !== SCHEMA_VERSION) {
    throw new CopydeskError(
      'internal',
      `The index at ${file} has schema version ${version}, expected ${SCHEMA_VERSION}; open it read-write once to rebuild it.`,
      { path: file },
    );
  }
}
