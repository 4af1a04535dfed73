import type { ArticleRow, Facets } from '@shared/ipc/contract';
import type { IndexDatabase } from './open-database';
import { buildArticleFilter, type PathRestriction, type QueryFilters } from './article-filter';
import { decorateRows, ROW_COLUMNS, type BodyReader, type RowData } from './article-page';
import { ArticleSnapshot } from './article-snapshot';
import { MATCH_COUNT_SQL, MATCH_IDS_SQL, MATCH_SCORES_SQL, matchParams } from './fulltext-match';
import type { RankLists } from './rank-lists/rank-lists';
import { StatementCache } from './statement-cache';

export type { BodyReader } from './article-page';

export type SortOrder = 'date-desc' | 'date-asc' | 'relevance' | 'title';

export interface SearchRequest {
  filters: QueryFilters;
  /** FTS5 MATCH expression, or null when the query has no words. */
  match: string | null;
  /** The query's words and phrases, for highlighting snippets. */
  terms: string[];
  sort: SortOrder;
  offset: number;
  limit: number;
  /** Paths decided outside the index (review status) the rows must be among, or must not. */
  restrict?: PathRestriction | undefined;
}

const ORDER_BY: Record<Exclude<SortOrder, 'relevance'>, string> = {
  'date-desc': 'a.published_at DESC, a.path',
  'date-asc': 'a.published_at IS NULL, a.published_at ASC, a.path',
  title: 'a.title COLLATE NOCASE, a.path',
};

/** Read-side queries of the article list: one page of rows, its total, and facet counts. */
export class ArticleSearch {
  private readonly statements: StatementCache;
  private readonly snapshot: ArticleSnapshot;
  /** Facets of the whole index, until rows change. */
  private wholeFacets: Facets | undefined;
  /** The row test `copydesk_keep(id)` applies while a ranked, filtered page is read. */
  private keep: ((id: number) => boolean) | null = null;
  /** Common words' postings listed ahead (rank-lists/), for the rows as they were when built. */
  private rankLists: RankLists | undefined;

  /** `readBody` gives snippets their text: the full-text index does not keep it. */
  constructor(
    db: IndexDatabase,
    private readonly readBody: BodyReader,
  ) {
    this.statements = new StatementCache(db);
    this.snapshot = new ArticleSnapshot(db);
    db.function('copydesk_keep', { deterministic: false }, (id: unknown) => (this.keep?.(Number(id)) ? 1 : 0));
  }

  /** Drops everything cached from the rows; call after rows change. */
  invalidate(): void {
    this.snapshot.invalidate();
    this.wholeFacets = undefined;
    this.rankLists = undefined;
  }

  /** Rank lists built from the rows as they are now (dropped again by `invalidate`). */
  useRankLists(lists: RankLists): void {
    this.rankLists = lists;
  }

  /** Stops using the rank lists (rows are about to change). */
  dropRankLists(): void {
    this.rankLists = undefined;
  }

  /** Whether rank lists answer queries now. */
  hasRankLists(): boolean {
    return this.rankLists !== undefined;
  }

  /** One page of matching rows (with tags, group languages and snippets) and the total match count. */
  search(req: SearchRequest): { total: number; rows: ArticleRow[] } {
    const page = req.match === null ? this.plainPage(req) : req.sort === 'relevance' ? this.rankedPage(req, req.match) : this.sortedMatchPage(req, req.match);
    return { total: page.total, rows: decorateRows(this.statements, page.rows, req.match ? req.terms : [], this.readBody) };
  }

  /** No words: the indexes on the columns answer directly. */
  private plainPage(req: SearchRequest): { total: number; rows: RowData[] } {
    const filter = buildArticleFilter(req.filters, null, req.restrict);
    const order = ORDER_BY[req.sort === 'relevance' ? 'date-desc' : req.sort];
    const rows = this.statements
      .get<RowData>(`SELECT ${ROW_COLUMNS} FROM articles a WHERE ${filter.sql} ORDER BY ${order} LIMIT ? OFFSET ?`)
      .all(...filter.params, req.limit, req.offset);
    const total = this.statements.get<{ n: number }>(`SELECT count(*) AS n FROM articles a WHERE ${filter.sql}`).get(...filter.params)?.n ?? 0;
    return { total, rows };
  }

  /**
   * By relevance: bm25 over every match. Without other filters the ranking
   * runs inside the full-text result and only the page is joined to the wide
   * rows, and FTS5 counts its own matches. With filters, the join is needed,
   * and the total comes from the same pass (a window count) instead of a
   * second full-text query.
   */
  private rankedPage(req: SearchRequest, match: string): { total: number; rows: RowData[] } {
    const filter = buildArticleFilter(req.filters, null, req.restrict);
    const listed = this.rankedFromLists(req, match, filter.sql === '1');
    if (listed) return listed;
    const scores = `(${MATCH_SCORES_SQL})`;
    if (filter.sql === '1') {
      const rows = this.statements
        .get<RowData>(
          `SELECT ${ROW_COLUMNS} FROM (SELECT id, score FROM ${scores} ORDER BY score, id LIMIT ? OFFSET ?) f
           JOIN articles a ON a.id = f.id ORDER BY f.score, f.id`,
        )
        .all(...matchParams(match), req.limit, req.offset);
      const total = this.statements.get<{ n: number }>(MATCH_COUNT_SQL).get(...matchParams(match))?.n ?? 0;
      return { total, rows };
    }
    const test = req.restrict ? null : this.snapshot.filterTest(req.filters);
    if (test) return this.rankedWithTest(req, match, test);
    const rows = this.statements
      .get<RowData & { total: number }>(
        `SELECT ${ROW_COLUMNS}, count(*) OVER () AS total FROM ${scores} f JOIN articles a ON a.id = f.id
         WHERE ${filter.sql} ORDER BY f.score, a.id LIMIT ? OFFSET ?`,
      )
      .all(...matchParams(match), ...filter.params, req.limit, req.offset);
    // A page past the end has no row to carry the total.
    const total = rows[0]?.total ?? (req.offset > 0 ? this.matchingIds(req.filters, match, req.restrict).length : 0);
    return { total, rows };
  }

  /**
   * By relevance from the rank lists, when they can answer: the same scores
   * and order as FTS5 without scoring every match in SQLite (`market` at
   * 100k articles: 42 → a few ms). Filters must be ones the snapshot tests in
   * memory; review-status restrictions go to SQL.
   */
  private rankedFromLists(req: SearchRequest, match: string, unfiltered: boolean): { total: number; rows: RowData[] } | null {
    if (!this.rankLists || req.restrict) return null;
    const test = unfiltered ? null : this.snapshot.filterTest(req.filters);
    if (!unfiltered && !test) return null;
    const page = this.rankLists.rank(match, test, req.offset, req.limit);
    return page && { total: page.total, rows: this.rowsById(page.ids) };
  }

  /**
   * By relevance with filters the snapshot can test: the full-text matches
   * pass through `copydesk_keep`, which tests each id in memory, and SQLite
   * computes bm25 only for the rows kept. Joining every match to its row
   * instead, or scoring every match, cost two to three times as much (100k
   * articles, `lang:uk tag:BITCOIN ринок`: 33 ms).
   */
  private rankedWithTest(req: SearchRequest, match: string, test: (id: number) => boolean): { total: number; rows: RowData[] } {
    this.keep = test;
    try {
      const page = this.statements
        .get<{ id: number; total: number }>(
          `SELECT f.id AS id, count(*) OVER () AS total FROM (${MATCH_SCORES_SQL}) f
           WHERE copydesk_keep(f.id) ORDER BY f.score, f.id LIMIT ? OFFSET ?`,
        )
        .all(...matchParams(match), req.limit, req.offset);
      // A page past the end has no row to carry the total.
      const total =
        page[0]?.total ??
        (req.offset > 0
          ? (this.statements
              .get<{ n: number }>(`SELECT count(*) AS n FROM (${MATCH_IDS_SQL}) WHERE copydesk_keep(id)`)
              .get(...matchParams(match))?.n ?? 0)
          : 0);
      return { total, rows: this.rowsById(page.map((row) => row.id)) };
    } finally {
      this.keep = null;
    }
  }

  /** The rows of `ids`, in that order. */
  private rowsById(ids: number[]): RowData[] {
    const byId = new Map(
      this.statements
        .get<RowData>(`SELECT ${ROW_COLUMNS} FROM articles a WHERE a.id IN (SELECT value FROM json_each(?))`)
        .all(JSON.stringify(ids))
        .map((row) => [row.id, row]),
    );
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /**
   * Words sorted by date or title: the matching ids (one pass, no join),
   * then the page picked by each id's precomputed position in that order,
   * then just those rows read. The total is the number of ids.
   */
  private sortedMatchPage(req: SearchRequest, match: string): { total: number; rows: RowData[] } {
    const ids = this.matchingIds(req.filters, match, req.restrict);
    const order = ORDER_BY[req.sort === 'relevance' ? 'date-desc' : req.sort];
    const pageIds = this.snapshot.page(ids, order, req.offset, req.limit);
    return { total: ids.length, rows: this.rowsById(pageIds) };
  }

  /** Ids of every row matching the filters and words. */
  private matchingIds(filters: QueryFilters, match: string | null, restrict?: PathRestriction): ArrayLike<number> {
    const filter = buildArticleFilter(filters, match, restrict);
    if (match !== null && buildArticleFilter(filters, null, restrict).sql === '1') {
      // Words only: from the rank lists, else straight from the full-text shards, no join to the rows.
      const listed = this.rankLists?.ids(match);
      if (listed) return listed;
      return this.statements.get<number>(MATCH_IDS_SQL).pluck().all(...matchParams(match));
    }
    return this.statements.get<number>(`SELECT a.id FROM articles a WHERE ${filter.sql}`).pluck().all(...filter.params);
  }

  /**
   * Every matching path, not a page: bulk operations select "all N matching"
   * without the renderer ever holding the list. With `groups`, every member of
   * a matching file's translation group is included too.
   */
  paths(filters: QueryFilters, match: string | null, groups: boolean, restrict?: PathRestriction): string[] {
    const filter = buildArticleFilter(filters, match, restrict);
    const selected = `SELECT a.path, a.collection, a.group_key FROM articles a WHERE ${filter.sql}`;
    // A group is (collection, group_key): row values compare both, and the group index serves the lookup.
    const sql = groups
      ? `WITH sel AS (${selected}) SELECT path FROM sel
         UNION SELECT m.path FROM articles m WHERE (m.collection, m.group_key) IN
           (SELECT collection, group_key FROM sel WHERE group_key IS NOT NULL AND collection IS NOT NULL)
         ORDER BY 1`
      : `SELECT path FROM (${selected}) ORDER BY 1`;
    return this.statements.get<{ path: string }>(sql).all(...filter.params).map((row) => row.path);
  }

  /** `paths` plus every other member of their translation groups (paths not in the index are kept as given). */
  withGroups(paths: readonly string[]): string[] {
    const sql = `WITH given(path) AS (SELECT value FROM json_each(?))
      SELECT path FROM given
      UNION SELECT m.path FROM articles m WHERE (m.collection, m.group_key) IN
        (SELECT a.collection, a.group_key FROM articles a JOIN given g ON g.path = a.path
         WHERE a.group_key IS NOT NULL AND a.collection IS NOT NULL)
      ORDER BY 1`;
    return this.statements.get<{ path: string }>(sql).all(JSON.stringify(paths)).map((row) => row.path);
  }

  /** Counts per language, tag, category, collection and validity among the rows matching the query. */
  facets(filters: QueryFilters, match: string | null, restrict?: PathRestriction): Facets {
    if (match === null && buildArticleFilter(filters, null, restrict).sql === '1') {
      this.wholeFacets ??= this.snapshot.facets();
      return this.wholeFacets;
    }
    return this.snapshot.facets(this.matchingIds(filters, match, restrict));
  }
}
