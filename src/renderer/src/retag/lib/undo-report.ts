import type { ChannelOutput } from '@shared/ipc/contract';

type Undone = Pick<ChannelOutput<'retag.undo'>, 'restored' | 'skipped' | 'complete'>;

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

/** The undo report's title: done, partly done, or not done (the batch then stays undoable). */
export function undoTitle(result: Undone): string {
  if (result.complete) return 'Bulk edit undone';
  return result.restored.length > 0 ? 'Bulk edit partly undone' : 'Bulk edit not undone yet';
}

/**
 * The sentences under an undo's counts, each only when it is true: that the
 * batch stays undoable and how to finish it (`complete` false: a file was
 * not writable, its journal copy damaged…), and what happened to files the
 * person changed themselves since the bulk edit (those are never touched).
 */
export function undoNotes(result: Undone): string[] {
  const notes: string[] = [];
  if (!result.complete) {
    const waiting = result.skipped.filter(({ reason }) => !SETTLED.has(reason)).length;
    notes.push(
      `${plural(waiting, 'file', 'files')} could not be restored now. The bulk edit stays undoable: fix the cause shown beside ${waiting === 1 ? 'it' : 'each'}, then undo it again from Bulk edits.`,
    );
  }
  const reasons = new Set(result.skipped.map(({ reason }) => reason));
  if (reasons.has('edited-since')) notes.push('Files edited after the bulk edit keep their edits: restore them by hand if needed.');
  if (reasons.has('deleted-since')) notes.push('Files deleted after the bulk edit stay deleted.');
  return notes;
}

/** Reasons no later undo changes (main/services/retag/undo-retag.ts SETTLED): the person's own changes win. */
const SETTLED = new Set(['edited-since', 'deleted-since', 'outside-workspace']);
