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
  /** The language the path says under the collection's rule, when it says one (lang mismatches compare it with `lang`). */
  pathLang: string | null;
  /** Name of the file's collection in the content model; null when it is in none. */
  collection: string | null;
  /** Translation group within the collection (`placeFile`); null when the rule pairs nothing. */
  groupKey: string | null;
  /** Group key of the original this file translates; null for an original. */
  translatedFrom: string | null;
  /** Display title: the frontmatter title, or the file name when there is none. */
  title: string;
  description: string | null;
  publishedAt: string | null;
  updatedAt: string | null;
  category: string | null;
  tags: string[];
  draft: boolean;
  valid: boolean;
  issues: ArticleIssue[];
}

/** The searchable text of one article, keyed by its row id. */
export interface FulltextDoc {
  id: number;
  title: string;
  description: string;
  /**
   * Text, or its UTF-8 bytes as read from the file: bound as a blob, which
   * FTS5 tokenizes as the text it holds (it takes a blob for a locale value
   * only behind a random 128-bit header). Bytes skip decoding every body to
   * a JS string and encoding it back: a 10 KB article's insert took ~220
   * instead of ~245 µs when measured on the bench corpus.
   */
  body: string | Uint8Array;
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
