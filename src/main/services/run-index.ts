import type { ArticleWriter } from '../db/article-writer';
import { readBody, type ParseJob, type ParsedFile } from './article-file';
import { parseFiles } from './parse-files';
import type { ProgressReporter } from './progress-reporter';

/** What one index run must do. */
export interface IndexPlan {
  /** Files to read (new, stat changed, or missing their full text). */
  jobs: ParseJob[];
  /** Row ids of files in `jobs` the index already has. */
  existingIds: Map<string, number>;
  /** Indexed paths that are gone. */
  removed: string[];
}

/** What an index run changed. */
export interface IndexChanges {
  /** Files read from disk. */
  read: number;
  /** Files parsed because their bytes were new or changed. */
  reparsed: number;
  /** Files whose mtime changed but bytes did not. */
  touched: number;
  removed: number;
  /** Paths added or changed, sorted. */
  changedPaths: string[];
  removedPaths: string[];
}

export interface RunIndexContext {
  root: string;
  writer: ArticleWriter;
  progress: ProgressReporter;
  workerPath?: string;
  signal?: AbortSignal;
  /** Called after each committed change to rows (so cached counts can be dropped). */
  onRowsChanged?: () => void;
}

/** A row waiting for its full text; the body is read from the file when written. */
interface PendingText {
  id: number;
  path: string;
  bodyLine: number;
  title: string;
  description: string;
  tags: string;
}

/** Full-text documents per transaction: big enough for few FTS segments, small enough to keep the loop responsive. */
const FTS_CHUNK = 400;

/**
 * Runs a plan in two overlapping phases. Metadata rows are written as soon as
 * each parsed batch arrives ('indexing'), so the list and facets work early;
 * full-text rows are written from a queue in between ('fulltext') and finish last.
 */
export async function runIndex(ctx: RunIndexContext, plan: IndexPlan): Promise<IndexChanges> {
  const { writer, progress } = ctx;
  const changedPaths: string[] = [];
  let removed = 0;
  writer.transaction(() => {
    for (const path of plan.removed) if (writer.remove(path)) removed++;
  });
  if (removed > 0) ctx.onRowsChanged?.();

  let parsedCount = 0;
  let reparsed = 0;
  let touched = 0;
  const queue: PendingText[] = [];
  let ftsDone = 0;
  let parsing = true;
  let wake: (() => void) | undefined;

  const onBatch = (batch: ParsedFile[]): void => {
    writer.transaction(() => {
      for (const file of batch) {
        if (file.kind === 'unchanged') {
          const id = plan.existingIds.get(file.path);
          if (id !== undefined) writer.touch(id, file.size, file.mtimeMs);
          touched++;
          continue;
        }
        const { record } = file;
        const id = writer.upsert(record, plan.existingIds.has(record.path));
        queue.push({
          id,
          path: record.path,
          bodyLine: file.bodyLine,
          title: record.title,
          description: record.description ?? '',
          tags: record.tags.join(' '),
        });
        changedPaths.push(record.path);
        reparsed++;
      }
    });
    ctx.onRowsChanged?.();
    parsedCount += batch.length;
    progress.update('indexing', parsedCount, plan.jobs.length);
    wake?.();
  };

  const drain = async (): Promise<void> => {
    for (;;) {
      ctx.signal?.throwIfAborted();
      if (queue.length > 0) {
        const chunk = queue.splice(0, FTS_CHUNK);
        writer.transaction(() => {
          for (const { path, bodyLine, ...doc } of chunk) {
            writer.insertFulltext({ ...doc, body: readBody(ctx.root, path, bodyLine) });
          }
        });
        ftsDone += chunk.length;
        if (!parsing) progress.update('fulltext', ftsDone, ftsDone + queue.length);
        await new Promise<void>((resolve) => setImmediate(resolve));
      } else if (parsing) {
        await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
      } else {
        return;
      }
    }
  };

  progress.update('indexing', 0, plan.jobs.length);
  const draining = drain();
  // Handled below either way; this only stops a failure during parsing counting as unhandled.
  draining.catch(() => undefined);
  try {
    await parseFiles(ctx.root, plan.jobs, onBatch, {
      ...(ctx.workerPath !== undefined && { workerPath: ctx.workerPath }),
      ...(ctx.signal !== undefined && { signal: ctx.signal }),
    });
  } catch (error) {
    parsing = false;
    queue.length = 0;
    wake?.();
    await draining.catch(() => undefined);
    throw error;
  }
  parsing = false;
  wake?.();
  progress.update('fulltext', ftsDone, ftsDone + queue.length);
  await draining;

  return {
    read: plan.jobs.length,
    reparsed,
    touched,
    removed,
    changedPaths: changedPaths.sort(),
    removedPaths: plan.removed,
  };
}
