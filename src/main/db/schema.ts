/**
 * The index schema. The index is a cache of the files, so there are no
 * migrations that preserve data: a different `SCHEMA_VERSION` drops every
 * table and recreates them, and the next index run refills them.
 */

/** Bump whenever any statement below changes. */
export const SCHEMA_VERSION = 2;

/** Tables dropped on a version change, including FTS5 (its shadow tables go with it). */
export const SCHEMA_TABLES = ['article_tags', 'articles_fts', 'articles'] as const;

export const SCHEMA_SQL = `
CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  path TEXT NOT NULL UNIQUE,
  size INTEGER NOT NULL,
  mtime_ms REAL NOT NULL,
  hash TEXT NOT NULL,
  lang TEXT,
  external_id TEXT,
  translated_from TEXT,
  title TEXT NOT NULL,
  description TEXT,
  published_at TEXT,
  updated_at TEXT,
  category TEXT,
  draft INTEGER NOT NULL DEFAULT 0,
  sentiment TEXT,
  valid INTEGER NOT NULL,
  errors TEXT
);
CREATE INDEX articles_published ON articles(published_at);
CREATE INDEX articles_group ON articles(external_id, lang);
CREATE INDEX articles_lang ON articles(lang);
-- Narrow: joining tens of thousands of full-text matches to their dates reads this, not the wide rows.
CREATE INDEX articles_id_date ON articles(id, published_at, path);

-- lang and valid are copied from the article so tag counts need no join.
CREATE TABLE article_tags (
  article_id INTEGER NOT NULL,
  tag TEXT NOT NULL COLLATE NOCASE,
  lang TEXT,
  valid INTEGER NOT NULL,
  PRIMARY KEY (article_id, tag)
) WITHOUT ROWID;
CREATE INDEX article_tags_tag ON article_tags(tag);

-- Contentful on purpose: snippet() needs the text, and the files may have
-- changed since they were indexed. rowid = articles.id.
CREATE VIRTUAL TABLE articles_fts USING fts5(
  title, description, body, tags,
  tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO articles_fts(articles_fts, rank) VALUES ('pgsz', 4072);
`;
