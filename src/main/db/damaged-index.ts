import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { shardFile } from './schema';
import { rankListsFile } from './rank-lists/rank-lists-file';

/** One file of an index that SQLite found damaged, and what it said. */
export interface DamagedFile {
  file: string;
  problem: string;
}

/** What a recovery did: the damaged files and where they were moved. */
export interface IndexRecovery {
  damaged: DamagedFile[];
  /** The moved-aside copies, in the order of `damaged`. */
  movedTo: string[];
}

/**
 * SQLite's answer for a file that is not a database or whose pages are
 * damaged (SQLITE_CORRUPT, its extended codes such as SQLITE_CORRUPT_VTAB from
 * FTS5, and SQLITE_NOTADB). Everything else (busy, read-only, disk full) is
 * not a reason to throw the index away.
 */
export function isCorruptionError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code.startsWith('SQLITE_NOTADB'));
}

/**
 * The files of an index (the index file and its full-text shard) that fail
 * `PRAGMA quick_check`, each checked on its own connection so one bad file
 * cannot hide the state of the other. Since SQLite 3.44 quick_check also runs
 * FTS5's own check, so a damaged full-text segment counts. Reads every page:
 * call it after a failure, not on every open.
 */
export function findDamagedFiles(indexFile: string, opts: { nativeBinding?: string } = {}): DamagedFile[] {
  if (indexFile === ':memory:' || indexFile === '') return [];
  const damaged: DamagedFile[] = [];
  for (const file of [indexFile, shardFile(indexFile)]) {
    if (!existsSync(file)) continue;
    const problem = quickCheck(file, opts.nativeBinding);
    if (problem !== null) damaged.push({ file, problem });
  }
  return damaged;
}

function quickCheck(file: string, nativeBinding: string | undefined): string | null {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { fileMustExist: true, ...(nativeBinding !== undefined && { nativeBinding }) });
    const result = String(db.pragma('quick_check(1)', { simple: true }));
    return result === 'ok' ? null : firstProblem(result);
  } catch (error) {
    if (isCorruptionError(error)) return (error as Error).message;
    throw error;
  } finally {
    db?.close();
  }
}

/** quick_check's report on one line: without its `*** in database main ***` heading, the first finding. */
function firstProblem(report: string): string {
  const lines = report.split('\n').map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('***'));
  return lines[0] ?? report.trim();
}

/**
 * Moves the damaged files aside as `<file>.corrupt-<UTC time>` (with their
 * WAL, renamed to match, so the copy opens as it was) and deletes the rest of
 * the index (the healthy file of the pair, WAL and shared-memory files, rank
 * lists): the whole index is rebuilt from the articles, and a healthy half
 * would only carry rows the rebuilt half does not match. Only the newest copy
 * of each file is kept, so a disk that keeps damaging files does not fill up
 * with them. The index's connections must be closed.
 */
export function moveAsideDamaged(indexFile: string, damaged: readonly DamagedFile[], now: Date = new Date()): string[] {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  const movedTo: string[] = [];
  for (const { file } of damaged) {
    removeOldCopies(file);
    const target = `${file}.corrupt-${stamp}`;
    renameSync(file, target);
    if (existsSync(`${file}-wal`)) renameSync(`${file}-wal`, `${target}-wal`);
    movedTo.push(target);
  }
  const ranks = rankListsFile(indexFile);
  for (const file of [indexFile, shardFile(indexFile)]) {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  }
  if (ranks !== null) for (const file of [ranks, `${ranks}.tmp`]) rmSync(file, { force: true });
  return movedTo;
}

function removeOldCopies(file: string): void {
  const prefix = `${basename(file)}.corrupt-`;
  let names: string[];
  try {
    names = readdirSync(dirname(file));
  } catch {
    return;
  }
  for (const name of names) if (name.startsWith(prefix)) rmSync(join(dirname(file), name), { force: true });
}

/**
 * The one line that tells a person what happened, for the CLI's stderr and
 * the app's notice alike: that the index is rebuilt, that the articles are
 * not affected, and the name of the kept copy. Not what SQLite found ("Tree 11
 * page 11: btreeInitPage() returns error code 11" helps no editor; the kept
 * copy is there for whoever can use it). File names
 * only: the index lives in the app's data folder (README, "Where things
 * live"), and a full path would show the person's home folder to the page.
 */
export function describeRecovery(recovery: IndexRecovery): string {
  const copies = recovery.movedTo.map((file) => basename(file));
  const kept =
    copies.length === 1 ? `The damaged copy was kept as ${copies[0]}.` : `The damaged copies were kept as ${copies.slice(0, -1).join(', ')} and ${copies.at(-1)}.`;
  return `The search index was damaged and is being rebuilt from your articles, which are not affected. ${kept}`;
}
