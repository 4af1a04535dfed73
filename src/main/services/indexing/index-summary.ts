import type { IndexChanges } from './run-index';

/**
 * The `copydesk index --json` figures (without `ms`). `articles`, `languages`
 * and `tags` count valid articles; `groups` counts distinct translation groups (collection and group key) of
 * valid articles; `files` counts every Markdown file found.
 */
export interface IndexJson {
  files: number;
  articles: number;
  invalid: number;
  languages: Record<string, number>;
  groups: number;
  orphans: string[];
  duplicates: string[][];
  tags: Record<string, number>;
}

/** What `Workspace.index()` returns: the index figures, its duration, and what the run changed. */
export interface IndexSummary extends IndexJson {
  ms: number;
  changes: Omit<IndexChanges, 'changedPaths' | 'removedPaths'> & {
    /** Folders that could not be listed (relative; `''` is the root). */
    unreadableDirs: string[];
    /** Markdown names that are FIFOs, sockets or devices: never read, so not indexed. */
    notRegularFiles: string[];
    /** Temp and lock files of killed writes that this run removed (write/write-leftovers.ts). */
    removedLeftovers: string[];
  };
}
