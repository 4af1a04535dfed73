import type { ArticleIssue } from '@shared/errors';

/** What the index keeps about one Markdown file (everything but its body). */
export interface ArticleRecord {
  /** Relative to the workspace root, `/` separators. */
  path: string;
  size: number;
  mtimeMs: number;
  /** sha256 of the file's bytes, hex. Empty when the file could not be read. */
  hash: string;
  lang: string | null;
  externalId: string | null;
  translatedFrom: string | null;
  /** Display title: the frontmatter title, or the file name when there is none. */
  title: string;
  description: string | null;
  publishedAt: string | null;
  updatedAt: string | null;
  category: string | null;
  tags: string[];
  draft: boolean;
  sentiment: string | null;
  valid: boolean;
  issues: ArticleIssue[];
}

/** The searchable text of one article, keyed by its row id. */
export interface FulltextDoc {
  id: number;
  title: string;
  description: string;
  body: string;
  tags: string;
}

/** What the incremental indexer compares a scanned file against. */
/** A stored row's stat as the incremental scan reads it (SQLite's own row tuple): path, id, size, mtime in ms. */
export type StatTuple = [path: string, id: number, size: number, mtimeMs: number];

export interface StoredStat {
  id: number;
  size: number;
  mtimeMs: number;
  hash: string;
}
