import type { IndexDatabase } from './open-database';
import type { ArticleRecord, FulltextDoc, StatTuple, StoredStat } from './article-record';
import { FTS_SHARDS } from './schema';
import { ReviewFactsTable, type StoredFacts } from './review-facts';

/** Which full-text shard a document goes to: 0 (the index file) or 1 (the shard file). */
export type ShardIndex = 0 | 1;

/**
 * Every write to the index, as prepared statements. Callers group calls into
 * transactions with `transaction()`; nothing here opens one implicitly.
 */
export class ArticleWriter {
  private readonly upsertStmt;
  private readonly deleteTagsStmt;
  private readonly insertTagStmt;
  private readonly touchStmt;
  private readonly deleteStmt;
  private readonly deleteChecksStmt;
  private readonly statByPathStmt;
  private readonly hashByIdStmt;
  /** Per shard: insert, delete and "has this rowid" statements. */
  private readonly shards;
  private readonly reviewFacts;

  constructor(private readonly db: IndexDatabase) {
    this.reviewFacts = new ReviewFactsTable(db);
    this.upsertStmt = db.prepare<unknown[], { id: number }>(`
      INSERT INTO articles (path, size, mtime_ms, hash, lang, path_lang, collection, group_key, translated_from, title,
        description, published_at, updated_at, category, draft, valid, errors, body_line)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (path) DO UPDATE SET size = excluded.size, mtime_ms = excluded.mtime_ms, hash = excluded.hash,
        lang = excluded.lang, path_lang = excluded.path_lang, collection = excluded.collection,
        group_key = excluded.group_key, translated_from = excluded.translated_from,
        title = excluded.title, description = excluded.description, published_at = excluded.published_at,
        updated_at = excluded.updated_at, category = excluded.category, draft = excluded.draft,
        valid = excluded.valid, errors = excluded.errors, body_line = excluded.body_line
      RETURNING id`);
    this.deleteTagsStmt = db.prepare('DELETE FROM article_tags WHERE article_id = ?');
    this.insertTagStmt = db.prepare(
      'INSERT OR IGNORE INTO article_tags (article_id, tag, lang, valid) VALUES (?, ?, ?, ?)',
    );
    this.deleteChecksStmt = db.prepare('DELETE FROM pair_checks WHERE path = ?');
    this.touchStmt = db.prepare('UPDATE articles SET size = ?, mtime_ms = ? WHERE id = ?');
    this.deleteStmt = db.prepare<[string], { id: number }>('DELETE FROM articles WHERE path = ? RETURNING id');
    this.hashByIdStmt = db.prepare<[number], string>('SELECT hash FROM articles WHERE id = ?').pluck();
    this.statByPathStmt = db.prepare<[string], StoredStat>(
      'SELECT id, size, mtime_ms AS mtimeMs, hash FROM articles WHERE path = ?',
    );
    this.shards = FTS_SHARDS.map(({ schema, table }) => ({
      insert: db.prepare(`INSERT INTO ${schema}.${table} (rowid, title, description, body, tags) VALUES (?, ?, ?, ?, ?)`),
      delete: db.prepare(`DELETE FROM ${schema}.${table} WHERE rowid = ?`),
      // A contentless table keeps one docsize row per document: the cheap "is it here" test.
      has: db.prepare<[number], { one: number }>(`SELECT 1 AS one FROM ${schema}.${table}_docsize WHERE id = ?`),
    }));
  }

  /** Runs `fn` in one transaction (much faster than a transaction per statement). */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  /**
   * Inserts or replaces a file's metadata and tags; for a file that `existed`,
   * drops its old tags and full-text row so it never matches its old words.
   * Returns the row id.
   */
  upsert(record: ArticleRecord, existed: boolean, bodyLine = 0): number {
    const row = this.upsertStmt.get(
      record.path,
      record.size,
      record.mtimeMs,
      record.hash,
      record.lang,
      record.pathLang,
      record.collection,
      record.groupKey,
      record.translatedFrom,
      record.title,
      record.description,
      record.publishedAt,
      record.updatedAt,
      record.category,
      record.draft ? 1 : 0,
      record.valid ? 1 : 0,
      record.issues.length > 0 ? JSON.stringify(record.issues) : null,
      bodyLine,
    );
    if (row === undefined) throw new Error(`upsert of ${record.path} returned no id`);
    if (existed) {
      this.deleteTagsStmt.run(row.id);
      this.deleteFulltext(row.id);
    }
    for (const tag of record.tags) this.insertTagStmt.run(row.id, tag, record.lang, record.valid ? 1 : 0);
    return row.id;
  }

  /** Stores (or, with null, drops) the review facts of row `id`. */
  setReviewFacts(id: number, facts: StoredFacts | null): void {
    this.reviewFacts.set(id, facts);
  }

  /** A file whose mtime changed but whose bytes did not. */
  touch(id: number, size: number, mtimeMs: number): void {
    this.touchStmt.run(size, mtimeMs, id);
  }

  /** Removes a file from rows, tags and full text. Returns whether it was indexed. */
  remove(path: string): boolean {
    const row = this.deleteStmt.get(path);
    if (row === undefined) return false;
    this.deleteTagsStmt.run(row.id);
    this.reviewFacts.delete(row.id);
    this.deleteChecksStmt.run(path);
    this.deleteFulltext(row.id);
    return true;
  }

  /** Adds a document's text to a shard (the index file's own by default). */
  insertFulltext(doc: FulltextDoc, shard: ShardIndex = 0): void {
    this.shards[shard]?.insert.run(doc.id, doc.title, doc.description, doc.body, doc.tags);
  }

  /** Deletes a document's text from whichever shard holds it (a contentless delete of an absent row still costs). */
  private deleteFulltext(id: number): void {
    for (const shard of this.shards) if (shard.has.get(id) !== undefined) shard.delete.run(id);
  }

  /**
   * What the full text of rows needs besides the body: path, body line,
   * title, description and space-joined tags, read back from the rows (so
   * nobody has to hold them in memory meanwhile). In the order of `ids`.
   */
  textSources(ids: readonly number[]): (Omit<FulltextDoc, 'body'> & { path: string; bodyLine: number })[] {
    const json = JSON.stringify(ids);
    const tags = new Map<number, string>(
      this.db
        .prepare<[string], [number, string]>(
          "SELECT article_id, group_concat(tag, ' ') FROM article_tags WHERE article_id IN (SELECT value FROM json_each(?)) GROUP BY article_id",
        )
        .raw()
        .all(json),
    );
    return this.db
      .prepare<[string], [number, string, number, string, string | null]>(
        `SELECT a.id, a.path, a.body_line, a.title, a.description FROM json_each(?) j JOIN articles a ON a.id = j.value ORDER BY j.key`,
      )
      .raw()
      .all(json)
      .map(([id, path, bodyLine, title, description]) => ({ id, path, bodyLine, title, description: description ?? '', tags: tags.get(id) ?? '' }));
  }

  /** A value the index keeps about itself (`index_meta`): text, or bytes where it was set as bytes; undefined when none. */
  metaValue(key: string): string | Buffer | undefined {
    return this.db.prepare<[string], string | Buffer>('SELECT value FROM main.index_meta WHERE key = ?').pluck().get(key);
  }

  setMetaValue(key: string, value: string | Uint8Array): void {
    this.db.prepare('INSERT OR REPLACE INTO main.index_meta (key, value) VALUES (?, ?)').run(key, value);
  }

  /** True when the index has no rows at all. */
  isEmpty(): boolean {
    return this.db.prepare('SELECT 1 FROM articles LIMIT 1').get() === undefined;
  }

  statOf(path: string): StoredStat | undefined {
    return this.statByPathStmt.get(path);
  }

  hasFulltext(id: number): boolean {
    return this.shards.some((shard) => shard.has.get(id) !== undefined);
  }

  /**
   * Every row's stored stat as `[path, id, size, mtimeMs]` (the incremental
   * scan compares against them), in pages of `pageSize` rows by id: each page
   * is one finished query, so a caller may yield between pages while other
   * queries use the connection. Tuples as SQLite returns them and no hash
   * (`hashOf` for the few that changed): at 100k rows, objects and 64-char
   * hashes per row were most of a re-index's garbage collection.
   */
  *statPages(pageSize = 10_000): Generator<StatTuple[]> {
    const stmt = this.db.prepare<[number, number], StatTuple>('SELECT path, id, size, mtime_ms FROM articles WHERE id > ? ORDER BY id LIMIT ?').raw();
    for (let after = 0; ; ) {
      const rows = stmt.all(after, pageSize);
      if (rows.length === 0) return;
      yield rows;
      after = rows[rows.length - 1]?.[1] ?? Number.MAX_SAFE_INTEGER;
    }
  }

  /** The stored content hash of row `id`. */
  hashOf(id: number): string | undefined {
    return this.hashByIdStmt.get(id);
  }

  /** Ids of rows whose full text is missing (an earlier run stopped before finishing). */
  idsWithoutFulltext(): Set<number> {
    const docsize = FTS_SHARDS.map(({ schema, table }) => `${schema}.${table}_docsize`);
    // Rows and full text are only ever deleted together, so equal counts mean nothing is missing.
    const counts = this.db
      .prepare<[], { rows: number; texts: number }>(
        `SELECT (SELECT count(*) FROM articles) AS rows, ${docsize.map((t) => `(SELECT count(*) FROM ${t})`).join(' + ')} AS texts`,
      )
      .get();
    if (counts && counts.rows === counts.texts) return new Set();
    const rows = this.db
      .prepare<[], [number]>(
        `SELECT a.id FROM articles a WHERE ${docsize.map((t) => `NOT EXISTS (SELECT 1 FROM ${t} d WHERE d.id = a.id)`).join(' AND ')}`,
      )
      .raw()
      .all();
    return new Set(rows.map(([id]) => id));
  }

  /** Paths of indexed files at or under a folder (for a deleted directory). */
  pathsUnder(prefix: string): string[] {
    // '0' is the character after '/', so the range is exactly "prefix/…" and uses the path index.
    return this.db
      .prepare<[string, string, string], [string]>(
        "SELECT path FROM articles WHERE path = ? OR (path >= ? || '/' AND path < ? || '0')",
      )
      .raw()
      .all(prefix, prefix, prefix)
      .map(([path]) => path);
  }
}
