import { closeSync, openSync, statSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import Database from 'better-sqlite3';

/*
 * Ways an index file gets damaged on disk, done to real files. Each runs on
 * a closed index (no connection holds pages of it in memory).
 */

/** Replaces the whole file with bytes that are not a database (as a bad copy or a wrong file would). */
export function fillWithGarbage(file: string): void {
  writeFileSync(file, Buffer.alloc(20_000, 'not a database; '));
}

/** Cuts the file to half its size (as a full disk or an interrupted copy would). */
export function truncateToHalf(file: string): void {
  truncateSync(file, Math.floor(statSync(file).size / 2));
}

/**
 * Scribbles over the first half of the page that holds `table`'s b-tree
 * root (its header and cell pointers), as a bad sector would: the file
 * still opens, and the first query that reads the table fails with
 * SQLITE_CORRUPT. Returns the page number.
 */
export function damagePageOf(file: string, table: string): number {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  let page: number;
  let pageSize: number;
  try {
    const row = db.prepare<[string], { rootpage: number }>('SELECT rootpage FROM sqlite_master WHERE name = ?').get(table);
    if (!row) throw new Error(`no table ${table} in ${file}`);
    page = row.rootpage;
    pageSize = db.pragma('page_size', { simple: true }) as number;
  } finally {
    db.close();
  }
  // Page 1 starts with the 100-byte file header; the b-tree header follows it.
  const start = (page - 1) * pageSize + (page === 1 ? 100 : 0);
  const fd = openSync(file, 'r+');
  try {
    writeSync(fd, Buffer.alloc(pageSize / 2, 0xa5), 0, pageSize / 2, start);
  } finally {
    closeSync(fd);
  }
  return page;
}
