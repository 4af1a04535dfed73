/**
 * The index schema. The index is a cache of the files, so there are no
 * migrations that preserve data: a different `SCHEMA_VERSION` drops every
 * table and recreates them, and the next index run refills them.
 *
 * Full text lives in two FTS5 shards with the same columns: `articles_fts` in
 * the index file and `articles_fts2` in a second file beside it (attached as
 * `fts2`). A second file means a second SQLite writer, so a big index run can
 * fill both from two threads; a row's text is in exactly one shard.
 */

/**
 * Bump whenever any statement below changes, or what is stored is derived
 * differently (5: schema problems are stored in the form's wording; 6: rows
 * carry their collection and the group key its pairing rule gives them; 7: review facts;
 * 8: stored check results keep their ids apart).
 */
export const SCHEMA_VERSION = 8;

/** Tables dropped on a version change, including FTS5 (its shadow tables go with it). */
export const SCHEMA_TABLES = ['article_tags', 'review_facts', 'pair_checks', 'articles_fts', 'articles', 'index_meta'] as const;

/** Schema name the second full-text shard is attached under. */
export const SHARD_SCHEMA = 'fts2';

/** The full-text tokenizer; query words are split by the same one (rank-lists/query-tokens.ts). */
export const FTS_TOKENIZER = 'unicode61 remove_diacritics 2';

/**
 * Contentless (`content=''`): the files hold the text, so storing it again
 * would double the index and its write cost; snippets are built from the
 * file. `contentless_delete=1` keeps deletes by rowid possible. A 16 MiB
 * `hashsize` lets a bulk transaction buffer ~1000 articles before it writes a
 * segment (the 1 MiB default flushes every ~50), which halves insert CPU;
 * automerge 0 leaves merging to crisis merges (16 segments of a level),
 * another quarter less at 100k articles with no measurable cost to queries.
 * detail=full (the default) because phrase queries need positions.
 */
const ftsTable = (name: string, schema = 'main'): string => `
CREATE VIRTUAL TABLE ${schema}.${name} USING fts5(
  title, description, body, tags,
  content = '', contentless_delete = 1,
  tokenize = '${FTS_TOKENIZER}'
);
INSERT INTO ${schema}.${name}(${name}, rank) VALUES ('pgsz', 4072);
INSERT INTO ${schema}.${name}(${name}, rank) VALUES ('hashsize', 16777216);
INSERT INTO ${schema}.${name}(${name}, rank) VALUES ('automerge', 0);
`;

export const SCHEMA_SQL = `
CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  path TEXT NOT NULL UNIQUE,
  size INTEGER NOT NULL,
  mtime_ms REAL NOT NULL,
  hash TEXT NOT NULL,
  lang TEXT,
  -- The language the path says under the collection's rule (suffix, locale folder), when it says one.
  path_lang TEXT,
  -- The content model's collection; NULL for a file in none. Groups are (collection, group_key).
  collection TEXT,
  group_key TEXT,
  translated_from TEXT,
  title TEXT NOT NULL,
  description TEXT,
  published_at TEXT,
  updated_at TEXT,
  category TEXT,
  draft INTEGER NOT NULL DEFAULT 0,
  valid INTEGER NOT NULL,
  errors TEXT,
  -- 1-based line where the body starts (0: no text); snippets re-read the body from the file.
  body_line INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX articles_published ON articles(published_at);
-- valid is in the group, language and tag indexes so the whole-index counts
-- (groups, languages, tags of valid articles) read only an index: ~10× faster at 100k.
CREATE INDEX articles_group ON articles(collection, group_key, lang, valid);
CREATE INDEX articles_lang ON articles(lang, valid);
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
CREATE INDEX article_tags_tag ON article_tags(tag, lang, valid);

-- What a review needs of each file in a collection, computed by the parse
-- workers from the same parse (services/review/file-facts.ts): a review
-- reads these rows instead of the files. Placement is stored again because
-- review places a file whose YAML is broken by its path alone, where the
-- row above keeps what a scan of the broken block found.
CREATE TABLE review_facts (
  article_id INTEGER PRIMARY KEY,
  lang TEXT,
  group_key TEXT,
  translated_from TEXT,
  draft INTEGER NOT NULL,
  title TEXT,
  published_at TEXT,
  -- review.status, so status counts can be read without parsing 'review'.
  review_status TEXT,
  -- The whole review mapping as JSON; NULL without a usable one.
  review TEXT,
  note TEXT,
  -- sourceContentHash of an original.
  content_hash TEXT,
  broken TEXT,
  body_length INTEGER,
  no_frontmatter INTEGER NOT NULL DEFAULT 0
);

-- The consistency checks of each translation against its original, kept
-- while neither file nor anything they depend on changed: \`key\` hashes the
-- checks' version, both files' hashes and paths, and what else they judge by
-- (services/review/stored-checks.ts). One row per translation.
CREATE TABLE pair_checks (
  path TEXT PRIMARY KEY,
  key TEXT NOT NULL,
  -- The checks as JSON (id, message, line, fix).
  checks TEXT NOT NULL,
  -- Their ids, separated by spaces: what a review reads (the messages only when shown).
  ids TEXT NOT NULL
) WITHOUT ROWID;

-- generation: a random token the shard file must carry too, so a shard left
-- over from a deleted or rebuilt index is never read with this one.
CREATE TABLE index_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

-- rowid = articles.id.
${ftsTable('articles_fts')}
`;

/** The second shard's file, attached as `schema`: its table and the generation it belongs to. */
export const shardSql = (schema: string): string => `
CREATE TABLE ${schema}.shard_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
${ftsTable('articles_fts2', schema)}
`;

export const SHARD_TABLES = ['shard_meta', 'articles_fts2'] as const;

/** The full-text shards as `schema.table`, in the order rows are looked up. */
export const FTS_SHARDS = [
  { schema: 'main', table: 'articles_fts' },
  { schema: SHARD_SCHEMA, table: 'articles_fts2' },
] as const;

/** File of the second full-text shard for an index file. */
export function shardFile(indexFile: string): string {
  return indexFile === ':memory:' || indexFile === '' ? indexFile : `${indexFile}-fts2`;
}
