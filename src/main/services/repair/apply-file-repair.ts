import { CopydeskError } from '@shared/errors';
import type { ChannelOutput, HandlerInput } from '@shared/ipc/contract';
import { journalFailureReason, JournalWriter, JournalWriteError, type JournalRecord } from '../retag/journal-writer';
import { newJournalId, type JournalManifest } from '../retag/journal-files';
import type { Workspace } from '../workspace';
import { writeFileAtomic } from '../write/write-file-atomic';
import { planFileRepair } from './plan-file-repair';

/**
 * Writes a planned repair: plans again from disk and refuses (`conflict`)
 * when the file is no longer the one planned (`baseHash`) or the plan would
 * now write something else (`newHash`: the original changed); refuses a
 * broken block unless `replaceBroken`, and a result the schema rejects.
 * The old bytes go into a one-file journal (fsynced) before the file is
 * replaced, so Undo (`retag.undo`, `copydesk undo`) restores them exactly.
 */
export async function applyFileRepair(ws: Workspace, input: HandlerInput<'repair.apply'>, journalsDir: string): Promise<ChannelOutput<'repair.apply'>> {
  const { plan, abs, oldBytes, newBytes } = await planFileRepair(ws, input.path);
  const { path } = plan;
  if (plan.baseHash !== input.baseHash) {
    throw new CopydeskError('conflict', `${path} was changed on disk since the repair was planned. Look at the new plan, then repair again.`, { path });
  }
  if (!plan.changed) throw new CopydeskError('bad-input', `${path} already has readable frontmatter; there is nothing to repair.`, { path });
  if (plan.newHash !== input.newHash) {
    throw new CopydeskError('conflict', `The original ${plan.original} changed since the repair was planned, so the new frontmatter would differ. Look at the new plan, then repair again.`, { path });
  }
  if (plan.broken !== null && !input.replaceBroken) {
    throw new CopydeskError(
      'bad-input',
      `${path}: ${plan.broken} Repairing replaces that block; look at it (copydesk repair --dry-run shows it) and confirm with --replace-broken.`,
      { path },
    );
  }
  if (plan.errors.length > 0) {
    throw new CopydeskError('bad-input', `${path}: the repaired frontmatter would not be valid: ${plan.errors.map((e) => e.message).join('; ')}`, { path });
  }

  const manifest: JournalManifest = {
    version: 1,
    id: newJournalId(),
    at: new Date().toISOString(),
    description: `Repair frontmatter of ${path} from ${plan.original}`,
    root: ws.root,
    operation: { add: [], remove: [], rename: [], matchCase: 'exact' },
    state: 'applying',
  };
  const journal = await startJournal(journalsDir, manifest, { path, oldBytes, oldHash: plan.baseHash, newHash: plan.newHash });
  let written;
  try {
    written = await writeFileAtomic(abs, newBytes, { expectedHash: plan.baseHash, label: path });
    await journal.markApplied(path);
  } finally {
    // A write that failed leaves the journal with nothing applied, and finish removes it.
    await journal.finish({ cancelled: false });
  }
  await ws.reindexPaths([path]);
  return { path, hash: written.hash, journalId: manifest.id };
}

/** A one-file journal holding the old bytes durably, or the message that nothing was changed. */
async function startJournal(journalsDir: string, manifest: JournalManifest, record: JournalRecord): Promise<JournalWriter> {
  let journal: JournalWriter | undefined;
  try {
    journal = await JournalWriter.create(journalsDir, manifest);
    await journal.record([record]);
    return journal;
  } catch (error) {
    // Nothing applied: finish removes the journal folder.
    await journal?.finish({ cancelled: true }).catch(() => undefined);
    const reason = error instanceof JournalWriteError ? error.reason : journalFailureReason(error);
    throw new CopydeskError('internal', `Nothing was changed: the undo journal in ${journalsDir} could not be written (${reason}).`, { path: record.path });
  }
}
