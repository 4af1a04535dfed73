import type { Statement } from 'better-sqlite3';
import type { IndexDatabase } from './open-database';

/**
 * Prepared statements for SQL built at run time (filters vary per query).
 * The number of distinct shapes is small, so the cache is bounded loosely.
 */
export class StatementCache {
  private readonly cache = new Map<string, Statement<unknown[], unknown>>();

  constructor(
    private readonly db: IndexDatabase,
    private readonly max = 200,
  ) {}

  get<Row>(sql: string): Statement<unknown[], Row> {
    let stmt = this.cache.get(sql);
    if (!stmt) {
      if (this.cache.size >= this.max) this.cache.clear();
      stmt = this.db.prepare<unknown[], unknown>(sql);
      this.cache.set(sql, stmt);
    }
    return stmt as Statement<unknown[], Row>;
  }
}
