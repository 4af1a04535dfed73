import { createHash } from 'node:crypto';
import type { Review } from '@shared/review';
import type { IndexDatabase } from './open-database';

/**
 * What a review keeps of one file apart from its stat (the `review_facts`
 * row): where its collection's rule places it, its frontmatter's review
 * fields and the original's content hash. Computed by the index workers
 * (services/review/file-facts.ts); reviews read these instead of the files.
 */
export interface StoredFacts {
  /** The collection it is reviewed in; null for none. */
  collection: string | null;
  lang: string | null;
  groupKey: string | null;
  /** The group key of the original it translates; null for an original. */
  translatedFrom: string | null;
  draft: boolean;
  title: string | null;
  publishedAt: string | null;
  review: Review | null;
  /** `sourceContentHash` of an original; null for translations or unreadable frontmatter. */
  contentHash: string | null;
  /** Why the frontmatter could not be read; null when it was. `lang` and `groupKey` are then what the path says. */
  broken: string | null;
  /** The normalised body's length (what `length` compares); null when unreadable. */
  bodyLength: number | null;
  /** `review.note`, null when none. */
  note: string | null;
  /** The file has no frontmatter block at all (it lost it), as opposed to one that cannot be read. */
  noFrontmatter: boolean;
}

/** Stored facts with the file's path and stat, as a review reads them back. */
export interface IndexedFacts extends StoredFacts {
  path: string;
  size: number;
  mtimeMs: number;
  /** sha256 hex of the file's bytes, when known (what stored check results are keyed by). */
  hash?: string;
}

type FactsRow = [
  path: string,
  hash: string,
  size: number,
  mtimeMs: number,
  collection: string | null,
  lang: string | null,
  groupKey: string | null,
  translatedFrom: string | null,
  draft: number,
  title: string | null,
  publishedAt: string | null,
  review: string | null,
  note: string | null,
  contentHash: string | null,
  broken: string | null,
  bodyLength: number | null,
  noFrontmatter: number,
];

/** Writes and reads the `review_facts` rows. Callers group writes into transactions. */
export class ReviewFactsTable {
  private readonly upsertStmt;
  private readonly deleteStmt;

  constructor(private readonly db: IndexDatabase) {
    this.upsertStmt = db.prepare(`
      INSERT OR REPLACE INTO review_facts (article_id, lang, group_key, translated_from, draft, title, published_at,
        review_status, review, note, content_hash, broken, body_length, no_frontmatter)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    this.deleteStmt = db.prepare('DELETE FROM review_facts WHERE article_id = ?');
  }

  /** Stores row `id`'s facts, or drops them (`null`: a file no review looks at). */
  set(id: number, facts: StoredFacts | null): void {
    if (facts === null) {
      this.deleteStmt.run(id);
      return;
    }
    this.upsertStmt.run(
      id,
      facts.lang,
      facts.groupKey,
      facts.translatedFrom,
      facts.draft ? 1 : 0,
      facts.title,
      facts.publishedAt,
      facts.review?.status ?? null,
      facts.review === null ? null : JSON.stringify(facts.review),
      facts.note,
      facts.contentHash,
      facts.broken,
      facts.bodyLength,
      facts.noFrontmatter ? 1 : 0,
    );
  }

  delete(id: number): void {
    this.deleteStmt.run(id);
  }

  /**
   * Every file's facts with its path and stat, by path. The collection is
   * the row's own (the facts are computed under it). A review's `at` read as
   * a `Date` comes back as its ISO string: either is a valid review time.
   */
  all(): IndexedFacts[] {
    // The few distinct collection names and languages, shared: each row's would otherwise be its own string.
    const shared = new Map<string, string>();
    const share = (text: string | null): string | null => {
      if (text === null) return null;
      const known = shared.get(text);
      if (known !== undefined) return known;
      shared.set(text, text);
      return text;
    };
    const facts: IndexedFacts[] = [];
    // Row by row rather than `all()`: 100,000 rows' arrays at once outlived the young generation, and each review paid for them twice.
    const rows = this.db
      .prepare<[], FactsRow>(
        `SELECT a.path, a.hash, a.size, a.mtime_ms, a.collection, f.lang, f.group_key, f.translated_from, f.draft, f.title, f.published_at,
           f.review, f.note, f.content_hash, f.broken, f.body_length, f.no_frontmatter
         FROM review_facts f JOIN articles a ON a.id = f.article_id ORDER BY a.path`,
      )
      .raw()
      .iterate();
    for (const [path, hash, size, mtimeMs, collection, lang, groupKey, translatedFrom, draft, title, publishedAt, review, note, contentHash, broken, bodyLength, noFrontmatter] of rows) {
      facts.push({
        // Every row in one shape (no optional spreads): at 100,000 rows, objects of mixed shapes took a third more memory.
        path,
        size,
        mtimeMs,
        // An unreadable file has no hash ('').
        hash: hash === '' ? undefined : hash,
        collection: share(collection),
        lang: share(lang),
        groupKey,
        translatedFrom,
        draft: draft === 1,
        title,
        publishedAt,
        review: review === null ? null : (JSON.parse(review) as Review),
        contentHash,
        broken,
        bodyLength,
        note,
        noFrontmatter: noFrontmatter === 1,
      });
    }
    return facts;
  }
}

/** One translation's stored check results: valid while `key` is what a review computes for it now. */
export interface StoredChecks {
  path: string;
  key: string;
  /** The checks as JSON. */
  checks: string;
  /** Their ids, separated by spaces. */
  ids: string;
}

/** The `pair_checks` rows: check results that outlive the process that computed them. */
export class PairChecksTable {
  private readonly getStmt;
  private readonly putStmt;
  private readonly idsStmt;

  constructor(private readonly db: IndexDatabase) {
    this.getStmt = db.prepare<[string, string], string>('SELECT checks FROM pair_checks WHERE path = ? AND key = ?').pluck();
    this.idsStmt = db.prepare<[string, string], string>('SELECT ids FROM pair_checks WHERE path = ? AND key = ?').pluck();
    this.putStmt = db.prepare('INSERT OR REPLACE INTO pair_checks (path, key, checks, ids) VALUES (?, ?, ?, ?)');
  }

  /** The stored checks of `path` as JSON when they were computed under `key`; else undefined. */
  get(path: string, key: string): string | undefined {
    return this.getStmt.get(path, key);
  }

  /**
   * Translations (rows with a translated-from) with no stored checks at all,
   * under any key: after a fresh index, nearly all of them. A count, without
   * working out which pairs' keys are current.
   */
  unchecked(): number {
    return this.db
      .prepare<[], number>('SELECT count(*) FROM review_facts f JOIN articles a ON a.id = f.article_id WHERE f.translated_from IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pair_checks c WHERE c.path = a.path)')
      .pluck()
      .get() as number;
  }

  /** Only the ids of the stored checks (space-separated), under the same condition. */
  ids(path: string, key: string): string | undefined {
    return this.idsStmt.get(path, key);
  }

  /** Stores results in one transaction, replacing each path's earlier ones. */
  putMany(rows: readonly StoredChecks[]): void {
    this.db.transaction(() => {
      for (const row of rows) this.putStmt.run(row.path, row.key, row.checks, row.ids);
    })();
  }
}

/**
 * A hash of every indexed file's path and bytes (their sha256): two equal
 * hashes mean the index holds the same files with the same contents, so
 * whatever was computed from its rows then still holds. One pass over the
 * rows (≈ 0.1 s at 100,000 files).
 */
export function indexedContentHash(db: IndexDatabase): string {
  // One string from SQLite and one digest: per-row digest updates cost twice as much at 100,000 rows.
  const all = db.prepare<[], string | null>("SELECT group_concat(path || char(0) || hash, char(10)) FROM (SELECT path, hash FROM articles ORDER BY path)").pluck().get();
  return createHash('sha256').update(all ?? '').digest('hex');
}
