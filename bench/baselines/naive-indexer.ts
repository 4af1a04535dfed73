import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import Database from 'better-sqlite3';
import matter from 'gray-matter';
import { listMarkdown } from '../measure/list-markdown';

/** What the naive indexer did; `ms` covers everything from opening the DB to commit and close. */
export interface NaiveResult {
  files: number;
  parseErrors: number;
  ms: number;
}

const SCHEMA = `
  CREATE TABLE articles (
    path TEXT PRIMARY KEY, title TEXT, description TEXT, lang TEXT, external_id TEXT,
    published_at TEXT, category TEXT, tags TEXT, valid INTEGER NOT NULL
  );
  CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, description, body, tags, tokenize = 'unicode61 remove_diacritics 2'
  );
`;

const text = (value: unknown): string | null =>
  typeof value === 'string' ? value : value instanceof Date ? value.toISOString() : value == null ? null : String(value);

/**
 * The obvious indexer: one transaction; for each file parse, then insert into
 * a plain table and a plain FTS5 table. Copydesk's full-text index is judged
 * against it. Not product code.
 */
export function runNaiveIndexer(root: string, dbPath: string): NaiveResult {
  const started = performance.now();
  const db = new Database(dbPath);
  db.exec(SCHEMA);
  const insertRow = db.prepare(
    'INSERT INTO articles (path, title, description, lang, external_id, published_at, category, tags, valid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insertText = db.prepare('INSERT INTO articles_fts (rowid, title, description, body, tags) VALUES (?, ?, ?, ?, ?)');
  const files = listMarkdown(root);
  let parseErrors = 0;
  db.transaction(() => {
    for (const file of files) {
      const raw = readFileSync(file, 'utf8');
      let data: Record<string, unknown> = {};
      let body = raw;
      let valid = 1;
      try {
        const parsed = matter(raw, {});
        data = parsed.data;
        body = parsed.content;
      } catch {
        parseErrors++;
        valid = 0;
      }
      const tags = Array.isArray(data.tags) ? data.tags.map(String).join(' ') : '';
      const { lastInsertRowid } = insertRow.run(
        relative(root, file), text(data.title), text(data.description), text(data.lang), text(data.externalId),
        text(data.publishedAt), text(data.category), tags, valid,
      );
      insertText.run(lastInsertRowid, text(data.title) ?? '', text(data.description) ?? '', body, tags);
    }
  })();
  db.close();
  return { files: files.length, parseErrors, ms: performance.now() - started };
}
