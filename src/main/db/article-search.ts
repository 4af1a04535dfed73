import type { ArticleRow, Facets } from '@shared/ipc/contract';
import type { IndexDatabase } from './open-database';
import { buildArticleFilter, type QueryFilters } from './article-filter';
import { makeSnippet, snippetTerms } from './fulltext-snippet';
import { StatementCache } from './statement-cache';

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
}

interface RowData {
  id: number;
  path: string;
  title: string;
  lang: string | null;
  publishedAt: string | null;
  category: string | null;
  externalId: string | null;
  translatedFrom: string | null;
  draft: number;
  sentiment: string | null;
  valid: number;
}

const ROW_COLUMNS = `a.id, a.path, a.title, a.lang, a.published_at AS publishedAt, a.category,
  a.external_id AS externalId, a.translated_from AS translatedFrom, a.draft, a.sentiment, a.valid`;

const ORDER_BY: Record<Exclude<SortOrder, 'relevance'>, string> = {
  'date-desc': 'a.published_at DESC, a.path',
  'date-asc': 'a.published_at IS NULL, a.published_at ASC, a.path',
  title: 'a.title COLLATE NOCASE, a.path',
};

/** Column weights for bm25: title, description, body, tags. */
const BM25 = 'bm25(articles_fts, 10.0, 4.0, 1.0, 6.0)';


/** Read-side queries of the article list: one page of rows, its total, and facet counts. */
export class ArticleSearch {
  private readonly statements: StatementCache;

  constructor(db: IndexDatabase) {
    this.statements = new StatementCache(db);
  }

  /** One page of matching rows (with tags, group languages and snippets) and the total match count. */
  search(req: SearchRequest): { total: number; rows: ArticleRow[] } {
    const relevance = req.sort === 'relevance' && req.match !== null;
    const filter = buildArticleFilter(req.filters, relevance ? null : req.match);
    let pageSql: string;
    let pageParams: unknown[];
    if (relevance) {
      pageSql = `SELECT ${ROW_COLUMNS} FROM (SELECT rowid AS id, ${BM25} AS score FROM articles_fts WHERE articles_fts MATCH ?) f
        JOIN articles a ON a.id = f.id WHERE ${filter.sql} ORDER BY f.score, a.path LIMIT ? OFFSET ?`;
      pageParams = [req.match, ...filter.params, req.limit, req.offset];
    } else {
      const order = ORDER_BY[req.sort === 'relevance' ? 'date-desc' : req.sort];
      pageSql = `SELECT ${ROW_COLUMNS} FROM articles a WHERE ${filter.sql} ORDER BY ${order} LIMIT ? OFFSET ?`;
      pageParams = [...filter.params, req.limit, req.offset];
    }
    const rows = this.statements.get<RowData>(pageSql).all(...pageParams);
    return { total: this.count(req.filters, req.match), rows: this.decorate(rows, req.match ? req.terms : []) };
  }

  private count(filters: QueryFilters, match: string | null): number {
    const others = buildArticleFilter(filters, null);
    if (match !== null && others.params.length === 0) {
      // Words only: FTS5 counts its own matches ~10× faster than a join does.
      return (
        this.statements
          .get<{ n: number }>('SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH ?')
          .get(match)?.n ?? 0
      );
    }
    const filter = buildArticleFilter(filters, match);
    return this.statements.get<{ n: number }>(`SELECT count(*) AS n FROM articles a WHERE ${filter.sql}`).get(...filter.params)?.n ?? 0;
  }

  /** Counts per language, tag, category, sentiment and validity among the rows matching the query. */
  facets(filters: QueryFilters, match: string | null): Facets {
    const filter = buildArticleFilter(filters, match);
    const count = (column: string): Facets['lang'] =>
      this.statements
        .get<{ value: string; count: number }>(
          `SELECT ${column} AS value, count(*) AS count FROM articles a WHERE ${filter.sql} AND ${column} IS NOT NULL
           GROUP BY ${column} COLLATE NOCASE ORDER BY count DESC, value`,
        )
        .all(...filter.params);
    // Without a condition the tag table alone answers; a join to the wide rows costs ~10×.
    const tagWhere = filter.params.length === 0 ? '' : `WHERE t.article_id IN (SELECT a.id FROM articles a WHERE ${filter.sql})`;
    const tag = this.statements
      .get<{ value: string; count: number }>(
        `SELECT t.tag AS value, count(*) AS count FROM article_tags t ${tagWhere} GROUP BY t.tag ORDER BY count DESC, value`,
      )
      .all(...filter.params);
    const validity = this.statements
      .get<{ value: string; count: number }>(
        `SELECT CASE a.valid WHEN 1 THEN 'valid' ELSE 'invalid' END AS value, count(*) AS count
         FROM articles a WHERE ${filter.sql} GROUP BY a.valid ORDER BY a.valid DESC`,
      )
      .all(...filter.params);
    return { lang: count('a.lang'), tag, category: count('a.category'), sentiment: count('a.sentiment'), validity };
  }

  /** Adds tags, group languages and snippets with one query each for the whole page. */
  private decorate(rows: RowData[], terms: string[]): ArticleRow[] {
    if (rows.length === 0) return [];
    const ids = JSON.stringify(rows.map((row) => row.id));
    const tags = new Map<number, string[]>();
    for (const { id, tag } of this.statements
      .get<{ id: number; tag: string }>(
        'SELECT article_id AS id, tag FROM article_tags WHERE article_id IN (SELECT value FROM json_each(?)) ORDER BY tag',
      )
      .all(ids)) {
      const list = tags.get(id);
      if (list) list.push(tag);
      else tags.set(id, [tag]);
    }

    const externalIds = [...new Set(rows.flatMap((row) => (row.externalId === null ? [] : [row.externalId])))];
    const groupLangs = new Map<string, string[]>();
    for (const { externalId, lang } of this.statements
      .get<{ externalId: string; lang: string }>(
        `SELECT DISTINCT external_id AS externalId, lang FROM articles
         WHERE external_id IN (SELECT value FROM json_each(?)) AND lang IS NOT NULL ORDER BY lang`,
      )
      .all(JSON.stringify(externalIds))) {
      const list = groupLangs.get(externalId);
      if (list) list.push(lang);
      else groupLangs.set(externalId, [lang]);
    }

    const snippets = new Map<number, string>();
    const highlight = snippetTerms(terms);
    if (highlight.length > 0) {
      // c1 = description, c2 = body of the contentful FTS table.
      for (const { id, description, body } of this.statements
        .get<{ id: number; description: string | null; body: string | null }>(
          `SELECT id, c1 AS description, c2 AS body FROM articles_fts_content
           WHERE id IN (SELECT value FROM json_each(?))`,
        )
        .all(ids)) {
        const snippet = makeSnippet(body ?? '', highlight) ?? makeSnippet(description ?? '', highlight);
        if (snippet !== null) snippets.set(id, snippet);
      }
    }

    return rows.map((row) => {
      const snippet = snippets.get(row.id);
      const ownLangs = row.lang === null ? [] : [row.lang];
      return {
        path: row.path,
        title: row.title,
        lang: row.lang,
        publishedAt: row.publishedAt,
        category: row.category,
        tags: tags.get(row.id) ?? [],
        externalId: row.externalId,
        isOriginal: row.translatedFrom === null,
        draft: row.draft === 1,
        sentiment: row.sentiment,
        valid: row.valid === 1,
        groupLangs: row.externalId === null ? ownLangs : (groupLangs.get(row.externalId) ?? ownLangs),
        ...(snippet !== undefined && { snippet }),
      };
    });
  }
}
