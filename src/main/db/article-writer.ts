import type { IndexDatabase } from './open-database';
import type { ArticleRecord, FulltextDoc, StoredStat } from './article-record';

/**
 * Every write to the index, as prepared statements. Callers group calls into
 * transactions with `transaction()`; nothing here opens one implicitly.
 */
export class ArticleWriter {
  private readonly upsertStmt;
  private readonly deleteTagsStmt;
  private readonly insertTagStmt;
  private readonly deleteFtsStmt;
  private readonly insertFtsStmt;
  private readonly touchStmt;
  private readonly deleteStmt;
  private readonly statByPathStmt;
  private readonly hasFtsStmt;

  constructor(private readonly db: IndexDatabase) {
    this.upsertStmt = db.prepare<unknown[], { id: number }>(`
      INSERT INTO articles (path, size, mtime_ms, hash, lang, external_id, translated_from, title, description,
        published_at, updated_at, category, draft, sentiment, valid, errors)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (path) DO UPDATE SET size = excluded.size, mtime_ms = excluded.mtime_ms, hash = excluded.hash,
        lang = excluded.lang, external_id = excluded.external_id, translated_from = excluded.translated_from,
        title = excluded.title, description = excluded.description, published_at = excluded.published_at,
        updated_at = excluded.updated_at, category = excluded.category, draft = excluded.draft,
        sentiment = excluded.sentiment, valid = excluded.valid, errors = excluded.errors
      RETURNING id`);
    this.deleteTagsStmt = db.prepare('DELETE FROM article_tags WHERE article_id = ?');
    this.insertTagStmt = db.prepare(
      'INSERT OR IGNORE INTO article_tags (article_id, tag, lang, valid) VALUES (?, ?, ?, ?)',
    );
    this.deleteFtsStmt = db.prepare('DELETE FROM articles_fts WHERE rowid = ?');
    this.insertFtsStmt = db.prepare('INSERT INTO articles_fts (rowid, title, description, body, tags) VALUES (?, ?, ?, ?, ?)');
    this.touchStmt = db.prepare('UPDATE articles SET size = ?, mtime_ms = ? WHERE id = ?');
    this.deleteStmt = db.prepare<[string], { id: number }>('DELETE FROM articles WHERE path = ? RETURNING id');
    this.statByPathStmt = db.prepare<[string], StoredStat>(
      'SELECT id, size, mtime_ms AS mtimeMs, hash FROM articles WHERE path = ?',
    );
    this.hasFtsStmt = db.prepare<[number], { one: number }>('SELECT 1 AS one FROM articles_fts_content WHERE id = ?');
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
  upsert(record: ArticleRecord, existed: boolean): number {
    const row = this.upsertStmt.get(
      record.path,
      record.size,
      record.mtimeMs,
      record.hash,
      record.lang,
      record.externalId,
      record.translatedFrom,
      record.title,
      record.description,
      record.publishedAt,
      record.updatedAt,
      record.category,
      record.draft ? 1 : 0,
      record.sentiment,
      record.valid ? 1 : 0,
      record.issues.length > 0 ? JSON.stringify(record.issues) : null,
    );
    if (row === undefined) throw new Error(`upsert of ${record.path} returned no id`);
    if (existed) {
      this.deleteTagsStmt.run(row.id);
      this.deleteFtsStmt.run(row.id);
    }
    for (const tag of record.tags) this.insertTagStmt.run(row.id, tag, record.lang, record.valid ? 1 : 0);
    return row.id;
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
    this.deleteFtsStmt.run(row.id);
    return true;
  }

  insertFulltext(doc: FulltextDoc): void {
    this.insertFtsStmt.run(doc.id, doc.title, doc.description, doc.body, doc.tags);
  }

  statOf(path: string): StoredStat | undefined {
    return this.statByPathStmt.get(path);
  }

  hasFulltext(id: number): boolean {
    return this.hasFtsStmt.get(id) !== undefined;
  }

  /** path → stored stat for every row, in one query (the incremental scan compares against it). */
  loadStats(): Map<string, StoredStat> {
    const map = new Map<string, StoredStat>();
    const stmt = this.db.prepare<[], [string, number, number, number, string]>(
      'SELECT path, id, size, mtime_ms, hash FROM articles',
    );
    for (const [path, id, size, mtimeMs, hash] of stmt.raw().iterate()) map.set(path, { id, size, mtimeMs, hash });
    return map;
  }

  /** Ids of rows whose full text is missing (an earlier run stopped before finishing). */
  idsWithoutFulltext(): Set<number> {
    // Rows and full text are only ever deleted together, so equal counts mean nothing is missing.
    const counts = this.db
      .prepare<[], { rows: number; texts: number }>(
        'SELECT (SELECT count(*) FROM articles) AS rows, (SELECT count(*) FROM articles_fts_content) AS texts',
      )
      .get();
    if (counts && counts.rows === counts.texts) return new Set();
    const rows = this.db
      .prepare<[], [number]>(
        'SELECT a.id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM articles_fts_content c WHERE c.id = a.id)',
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

  /** Merges FTS segments; worth it after a bulk load. */
  optimizeFulltext(): void {
    this.db.exec("INSERT INTO articles_fts(articles_fts) VALUES ('optimize')");
  }
}
