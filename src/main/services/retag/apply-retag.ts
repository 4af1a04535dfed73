import { dirname } from 'node:path';
import { CopydeskError } from '@shared/errors';
import { applyChanges } from '@shared/frontmatter';
import type { ChannelOutput } from '@shared/ipc/contract';
import type { RetagSkipReason } from '@shared/retag/plan-summary';
import { decodeFileBytes } from '../decode-file';
import { readRegularFile } from '../read-regular-file';
import type { Workspace } from '../workspace';
import { contentHash } from '../write/content-hash';
import { syncDirectory, writeFileAtomic } from '../write/write-file-atomic';
import { mapLimit } from './for-each-limit';
import { newJournalId, type JournalManifest } from './journal-files';
import { JournalWriter, JournalWriteError } from './journal-writer';
import type { PlanEntry, StoredPlan } from './plan-store';
import { throttledProgress, type ProgressSink } from './progress-throttle';
import { staleIndexNote } from './stale-index-note';

export type RetagApplyResult = ChannelOutput<'retag.apply'>;

export interface ApplyOptions {
  /** This workspace's journal folder. */
  journalsDir: string;
  /** Id of the journal to write (see newJournalId). */
  journalId?: string;
  /** Stops the apply between two files; what was written stays written and journaled. */
  signal?: AbortSignal;
  onProgress?: ProgressSink;
  /** Called just before each file is replaced. Tests use it to slow an apply down and kill it midway. */
  beforeReplace?: (path: string) => Promise<void>;
}

/**
 * Files journaled per fsync pair. Bigger batches save fsyncs; smaller ones
 * write fewer old bytes for files a cancel then leaves alone.
 */
const BATCH = 32;
/** Files being written at once within a batch. */
const WRITE_CONCURRENCY = 4;

type Skip = { path: string; reason: RetagSkipReason; message: string };
type Prepared = { path: string; abs: string; oldBytes: Buffer; oldHash: string; newBytes: Buffer; newHash: string };

/** Re-reads one planned file; its bytes must still be the planned ones. */
async function prepare(ws: Workspace, entry: PlanEntry): Promise<Prepared | Skip | { path: string; failed: string }> {
  const { path } = entry;
  if (entry.plan.status !== 'changed') return { path, failed: 'not a planned change' };
  try {
    const abs = await ws.resolveInside(path);
    let oldBytes: Buffer;
    try {
      oldBytes = (await readRegularFile(abs, path)).bytes;
    } catch (error) {
      if (error instanceof CopydeskError) return { path, reason: 'unreadable', message: error.message };
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return { path, reason: 'changed-since-plan', message: `${path} was deleted since the plan was made.` };
      return { path, reason: 'unreadable', message: `${path} could not be read (${code ?? String(error)}).` };
    }
    const oldHash = contentHash(oldBytes);
    if (oldHash !== entry.hash) {
      return { path, reason: 'changed-since-plan', message: `${path} was edited since the plan was made; plan again to include it.` };
    }
    const decoded = decodeFileBytes(oldBytes);
    if (!decoded.ok) return { path, reason: 'unreadable', message: decoded.issue.message };
    const newBytes = Buffer.from(applyChanges(decoded.text, entry.plan.changes), 'utf8');
    return { path, abs, oldBytes, oldHash, newBytes, newHash: contentHash(newBytes) };
  } catch (error) {
    return { path, failed: error instanceof Error ? error.message : String(error) };
  }
}

/** The one message for an apply the journal stopped: what changed, that undo restores it, and why it stopped. */
function stoppedError(cause: JournalWriteError, changed: number, total: number, indexError?: unknown): CopydeskError {
  // Not its folder: that is in the app's data folder, which the README names, and the message crosses to the page.
  const why = `because the undo journal could not be written: ${cause.reason}`;
  if (changed === 0) return new CopydeskError('internal', `Nothing was changed, ${why}. Apply again once it can be written.`);
  const rest = total - changed;
  const them = changed === 1 ? 'file is journaled, so undo restores it' : 'files are journaled, so undo restores them';
  const index = indexError === undefined ? '' : staleIndexNote(indexError);
  return new CopydeskError(
    'internal',
    `Stopped after changing ${changed} of ${total} files, ${why}. The ${changed} changed ${them}; the other ${rest} ${rest === 1 ? 'was' : 'were'} not touched.${index}`,
  );
}

/** A journal for the apply, or the message saying nothing was changed because there can be none. */
async function startJournal(journalsDir: string, manifest: JournalManifest, total: number): Promise<JournalWriter> {
  try {
    return await JournalWriter.create(journalsDir, manifest);
  } catch (error) {
    throw error instanceof JournalWriteError ? stoppedError(error, 0, total) : error;
  }
}

/**
 * Applies a plan's changed files. For each batch: re-read every file and skip
 * those whose bytes are no longer the planned ones, journal the old bytes
 * (fsynced), then replace each file atomically against its old hash. A crash
 * at any moment leaves each file wholly old or wholly new, and every new one
 * journaled. When the journal cannot take a batch (a full disk), stops
 * before that batch and throws one message saying what changed. Ends by
 * re-indexing what changed.
 */
export async function applyRetag(ws: Workspace, plan: StoredPlan, opts: ApplyOptions): Promise<RetagApplyResult> {
  const targets = plan.entries.filter((entry) => entry.plan.status === 'changed');
  const changed: string[] = [];
  const skipped: Skip[] = [];
  const failed: { path: string; message: string }[] = [];
  const progress = throttledProgress(plan.id, targets.length, opts.onProgress);
  const aborted = (): boolean => opts.signal?.aborted ?? false;
  let done = 0;

  const manifest: JournalManifest = {
    version: 1,
    id: opts.journalId ?? newJournalId(),
    at: new Date().toISOString(),
    description: plan.description,
    root: plan.root,
    operation: plan.operation,
    state: 'applying',
  };
  const journal = await startJournal(opts.journalsDir, manifest, targets.length);
  progress(0);
  let kept: boolean;
  let stopped: JournalWriteError | undefined;
  let indexError: unknown;
  try {
    for (let start = 0; start < targets.length && !aborted() && !stopped; start += BATCH) {
      const ready: Prepared[] = [];
      for (const result of await mapLimit(targets.slice(start, start + BATCH), 4, (entry) => prepare(ws, entry))) {
        if (result === undefined) continue;
        if ('abs' in result) ready.push(result);
        else {
          if ('failed' in result) failed.push({ path: result.path, message: result.failed });
          else skipped.push(result);
          progress(++done);
        }
      }
      try {
        await journal.record(ready);
      } catch (error) {
        // No file of this batch is replaced: its old bytes are not (all) in the journal.
        if (!(error instanceof JournalWriteError)) throw error;
        stopped = error;
        break;
      }
      const folders = new Set<string>();
      // A few writes in flight hide the file system's per-call latency; each file is still written whole or not at all.
      await mapLimit(
        ready,
        WRITE_CONCURRENCY,
        async (file) => {
          await opts.beforeReplace?.(file.path);
          try {
            await writeFileAtomic(file.abs, file.newBytes, { expectedHash: file.oldHash, label: file.path, syncDirectory: false });
            folders.add(dirname(file.abs));
            await journal.markApplied(file.path);
            changed.push(file.path);
          } catch (error) {
            const code = error instanceof CopydeskError ? error.code : null;
            const message = error instanceof Error ? error.message : String(error);
            if (code === 'conflict') skipped.push({ path: file.path, reason: 'changed-since-plan', message });
            else if (code === 'forbidden') skipped.push({ path: file.path, reason: 'not-writable', message });
            else failed.push({ path: file.path, message });
          }
          progress(++done);
        },
        opts.signal ? { signal: opts.signal } : {},
      );
      // One folder fsync per batch instead of one per file: it costs as much as the file's own.
      for (const folder of folders) await syncDirectory(folder);
    }
  } finally {
    kept = (await journal.finish({ cancelled: aborted() })).kept;
    // On the journal's full disk the index may not be writable either; that must not hide what was written.
    if (changed.length > 0) await ws.reindexPaths(changed).catch((error: unknown) => (indexError = error));
  }
  if (stopped) throw stoppedError(stopped, changed.length, targets.length, indexError);
  if (indexError !== undefined) {
    throw new CopydeskError('internal', `All ${changed.length} changed files were written and journaled, so undo restores them.${staleIndexNote(indexError)}`);
  }
  // Writes finish in any order; report them in the plan's order.
  const order = new Map(targets.map((entry, index) => [entry.path, index]));
  changed.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  return { journalId: kept ? journal.id : '', changed, skipped, failed, cancelled: aborted() };
}
