import { CopydeskError } from '@shared/errors';
import type { ChannelOutput } from '@shared/ipc/contract';
import { readRegularFile } from '../read-regular-file';
import type { Workspace } from '../workspace';
import { contentHash } from '../write/content-hash';
import { writeFileAtomic } from '../write/write-file-atomic';
import { mapLimit } from './for-each-limit';
import type { JournalStore, OpenJournal } from './journal-store';
import { staleIndexNote } from './stale-index-note';

export type RetagUndoResult = ChannelOutput<'retag.undo'>;

type Outcome = { restored: true } | { restored: false; reason?: string };

async function undoEntry(ws: Workspace, store: JournalStore, journal: OpenJournal, index: number): Promise<Outcome> {
  const entry = journal.entries[index];
  if (!entry) return { restored: false };
  let current: Buffer;
  try {
    current = (await readRegularFile(await ws.resolveInside(entry.path), entry.path)).bytes;
  } catch (error) {
    // Not a regular file any more (a FIFO under its name): nothing of ours to put back there.
    if (error instanceof CopydeskError) return { restored: false, reason: error.code === 'bad-input' ? 'not-a-file' : error.code };
    const code = (error as NodeJS.ErrnoException).code;
    return { restored: false, reason: code === 'ENOENT' ? 'deleted-since' : 'unreadable' };
  }
  const hash = contentHash(current);
  // Already holding the old bytes: the apply stopped before this file (crash or cancel), or it was undone by hand.
  if (hash === entry.oldHash) return { restored: false };
  if (hash !== entry.newHash) return { restored: false, reason: 'edited-since' };
  // The journal's copy must be exactly the bytes it replaced: a truncated or altered copy is never written back.
  const old = await store.oldBytes(journal, entry).catch(() => null);
  if (old === null || contentHash(old) !== entry.oldHash) return { restored: false, reason: 'journal-damaged' };
  try {
    await writeFileAtomic(await ws.resolveInside(entry.path), old, { expectedHash: entry.newHash, label: entry.path });
    return { restored: true };
  } catch (error) {
    const code = error instanceof CopydeskError ? error.code : 'internal';
    return { restored: false, reason: code === 'conflict' ? 'edited-since' : code === 'forbidden' ? 'not-writable' : 'failed' };
  }
}

/**
 * Skip reasons no later undo can change: the person's edits win. Any other
 * (not writable, unreadable, a damaged journal copy) may be fixed, so the
 * batch stays undoable.
 */
const SETTLED = new Set(['edited-since', 'deleted-since', 'outside-workspace']);

/**
 * Puts back the bytes a batch replaced. Only files that still hold exactly
 * what the batch wrote are restored; files edited since are reported as
 * skipped and left alone; files that never got the new bytes need nothing.
 * Restored files are re-indexed. The journal is marked undone only when
 * every file it changed is back or was edited since; otherwise undo can be
 * run again once the cause is fixed, and restores the rest.
 */
export async function undoRetag(ws: Workspace, store: JournalStore, journal: OpenJournal): Promise<RetagUndoResult> {
  const outcomes = new Map<string, Outcome>();
  const firsts: number[] = [];
  for (let i = 0; i < journal.entries.length; i++) {
    // A path is journaled once per apply; a repeat (never written by us) must not be restored twice.
    const path = journal.entries[i]?.path ?? '';
    if (!outcomes.has(path)) {
      outcomes.set(path, { restored: false });
      firsts.push(i);
    }
  }
  await mapLimit(firsts, 4, async (index) => {
    outcomes.set(journal.entries[index]?.path ?? '', await undoEntry(ws, store, journal, index));
  });
  const restored: string[] = [];
  const skipped: { path: string; reason: string }[] = [];
  for (const [path, outcome] of outcomes) {
    if (outcome.restored) restored.push(path);
    else if (outcome.reason !== undefined) skipped.push({ path, reason: outcome.reason });
  }
  let complete = skipped.every(({ reason }) => SETTLED.has(reason));
  if (complete) {
    // Unmarked (a full disk), the batch is merely offered again: its restored files then need nothing.
    complete = await store.markUndone(journal).then(
      () => true,
      () => false,
    );
  }
  if (restored.length > 0) {
    await ws.reindexPaths(restored).catch((error: unknown) => {
      throw new CopydeskError('internal', `Restored ${restored.length} file${restored.length === 1 ? '' : 's'}.${staleIndexNote(error)}`);
    });
  }
  return { journalId: journal.manifest.id, restored, skipped, complete };
}
