import Database from 'better-sqlite3';
import { CopydeskError } from '@shared/errors';
import { SCHEMA_SQL, SCHEMA_TABLES, SCHEMA_VERSION } from './schema';

/** A better-sqlite3 connection to an index file. */
export type IndexDatabase = Database.Database;

export interface OpenDatabaseOptions {
  /** Path to `better_sqlite3.node` when it is not where the package expects it (packaged apps). */
  nativeBinding?: string;
  /** Open without writing; the schema must already be current. */
  readonly?: boolean;
}

/**
 * Opens (creating if needed) an index database in WAL mode and brings its
 * schema to `SCHEMA_VERSION`. A database of another version is rebuilt empty:
 * the index is a cache, so dropping it loses nothing the files do not hold.
 */
export function openDatabase(file: string, opts: OpenDatabaseOptions = {}): IndexDatabase {
  const db = new Database(file, {
    readonly: opts.readonly ?? false,
    ...(opts.nativeBinding !== undefined && { nativeBinding: opts.nativeBinding }),
  });
  try {
    if (opts.readonly) {
      assertCurrent(db, file);
      return db;
    }
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('temp_store = MEMORY');
    // 64 MiB page cache: the writer touches FTS segments and several indexes per batch.
    db.pragma('cache_size = -65536');
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Current schema version stored in the file (`PRAGMA user_version`). */
export function schemaVersion(db: IndexDatabase): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function migrate(db: IndexDatabase): void {
  if (schemaVersion(db) !== SCHEMA_VERSION) resetSchema(db);
}

/** Drops and recreates every table: an empty index of the current version (a full rebuild starts here). */
export function resetSchema(db: IndexDatabase): void {
  db.transaction(() => {
    for (const table of SCHEMA_TABLES) db.exec(`DROP TABLE IF EXISTS ${table}`);
    db.exec(SCHEMA_SQL);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  })();
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
