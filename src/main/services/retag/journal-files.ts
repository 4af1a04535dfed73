import { createHash, randomBytes } from 'node:crypto';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import type { RetagOperation } from '../../core/retag';

/*
 * A journal is a folder `journals/<workspace-key>/<id>/` in the app's data folder:
 *   manifest.json  — what was done, when, to which folder, and its state;
 *   old-bytes.bin  — the replaced files' old bytes, appended one after another;
 *   entries.jsonl  — one line per file BEFORE it is replaced:
 *                    {"path","oldHash","newHash","offset","length"} (offset/length into old-bytes.bin),
 *                    and {"applied": path} once it has been.
 * Entries are appended and fsynced before their files are replaced, so after a
 * crash at any moment every replaced file has a durable entry.
 */

export const MANIFEST = 'manifest.json';
export const OLD_BYTES = 'old-bytes.bin';
export const ENTRIES = 'entries.jsonl';

export interface JournalManifest {
  version: 1;
  id: string;
  /** ISO time the apply started. */
  at: string;
  description: string;
  /** Real path of the workspace. */
  root: string;
  operation: RetagOperation;
  /** `applying` after a crash too: such a journal can still be undone. */
  state: 'applying' | 'applied' | 'undone';
  cancelled?: boolean;
  /** Files replaced, written when the apply ends (the applied marks may be incomplete on a full disk). */
  files?: number;
  undoneAt?: string;
}

export interface JournalEntry {
  path: string;
  oldHash: string;
  newHash: string;
  offset: number;
  length: number;
}

/** Journals of one workspace, keyed like its index file (hash of the real path). */
export function journalsDirFor(dataDir: string, root: string): string {
  const key = createHash('sha256').update(root).digest('hex').slice(0, 16);
  return join(dataDir, 'journals', key);
}

/** Sortable by time, unique enough: `20260131T182936980Z-1a2b3c`. */
export function newJournalId(now: Date = new Date()): string {
  return `${now.toISOString().replace(/[-:.]/g, '')}-${randomBytes(3).toString('hex')}`;
}

export const isJournalId = (id: string): boolean => /^\d{8}T\d{9}Z-[0-9a-f]{6}$/.test(id);

/** Writes the manifest whole or not at all (temp + fsync + rename). */
export async function writeManifest(dir: string, manifest: JournalManifest): Promise<void> {
  const temp = join(dir, `.${MANIFEST}.${randomBytes(4).toString('hex')}.tmp`);
  let handle: FileHandle | undefined;
  try {
    handle = await open(temp, 'wx');
    await handle.writeFile(`${JSON.stringify(manifest, null, 2)}\n`);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temp, join(dir, MANIFEST));
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(temp, { force: true });
    throw error;
  }
}

/** Entries and applied marks; a torn last line (a crash mid-append) is ignored. */
export function parseEntries(text: string): { entries: JournalEntry[]; applied: Set<string> } {
  const entries: JournalEntry[] = [];
  const applied = new Set<string>();
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      continue;
    }
    if (typeof record !== 'object' || record === null) continue;
    const r = record as Partial<JournalEntry> & { applied?: unknown };
    if (typeof r.applied === 'string') applied.add(r.applied);
    else if (
      typeof r.path === 'string' &&
      typeof r.oldHash === 'string' &&
      typeof r.newHash === 'string' &&
      Number.isInteger(r.offset) &&
      Number.isInteger(r.length)
    ) {
      entries.push({ path: r.path, oldHash: r.oldHash, newHash: r.newHash, offset: r.offset as number, length: r.length as number });
    }
  }
  return { entries, applied };
}
