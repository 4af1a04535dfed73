/**
 * One index run: the pipeline and why it is shaped so.
 *
 * Costs per 10 KB article on the 2-core target machine (CPU time, one
 * thread): read + hash + parse the frontmatter, check it against its schema
 * and take the review's facts ≈ 150–180 µs; the metadata rows ≈ 70 µs; the FTS5 insert ≈ 160–250 µs (contentless table, 16 MiB buffer,
 * no automerge: see db/schema.ts; 280+ µs with SQLite's defaults). SQLite
 * has one writer per database file, and the Electron main thread must stay
 * free: it serves every IPC call, so seconds of synchronous SQLite there
 * freeze the window.
 *
 * So a big run (`BULK_MIN` files or more, with a built worker) uses two worker
 * threads, one per core, and the main thread only relays progress:
 *
 *   parser ──batches──▶ writer ──"rows committed"──▶ main: 'indexing' progress, caches dropped
 *      └── both take slices of the jobs from one shared counter (job-cursor.ts) ──┘
 *   every row written ⇒ 'fulltext': the writer hands every other row id back to
 *   the parser, which writes those texts into shard 2 (a second file, so a
 *   second SQLite writer) while it writes the rest into shard 1 (the index file).
 *
 * Metadata goes first, so the list and facets are usable as soon as parsing
 * ends. Parsing is the longest part of that (the rows take less than half its
 * time), so the writer parses too whenever no batch waits: both cores parse,
 * and the list is ready about a fifth sooner at 100k files than with the
 * writer filling its gaps with full text instead; full text then runs on both
 * cores, and finishes as soon as before. Full text is split in two shards
 * rather than written by one thread because the FTS insert alone is about
 * twice the parse: one writer would leave a core idle for half the run.
 * Queries read both shards (UNION ALL); bm25 uses per-shard statistics,
 * which for two halves of the same stream of files agree closely (see
 * db/fulltext-match.ts). Nothing big is queued: the writer keeps row ids,
 * re-reads title, description and tags from the rows and the body from the
 * file when it writes full text; the jobs travel as columns (packed-jobs.ts).
 *
 * Small runs (the watcher's bursts, a saved file, tests without a built
 * worker) run inline on the calling thread, in short slices that yield.
 */
import type { ContentModel } from '@shared/model/content-model';
import type { ArticleWriter } from '../../db/article-writer';
import type { ParsedFile } from './article-file';
import { IndexSink, type IndexChanges } from './index-sink';
import type { WorkerDb } from './index-messages';
import { runInWorkers } from './index-workers';
import { packedLength, unpackJobs, type PackedJobs } from './packed-jobs';
import { parseFiles } from './parse-files';
import type { ProgressReporter } from './progress-reporter';

export type { IndexChanges } from './index-sink';

/** What one index run must do. */
export interface IndexPlan {
  /** Files to read (new, stat changed, or missing their full text). */
  jobs: PackedJobs;
  /** Row ids of files in `jobs` the index already has. */
  existingIds: Map<string, number>;
  /** Indexed paths that are gone. */
  removed: string[];
}

export interface RunIndexContext {
  root: string;
  /** The calling thread's writer, for inline runs. */
  writer: ArticleWriter;
  progress: ProgressReporter;
  /** Built parse-worker.js; with `db`, big runs go to worker threads. */
  workerPath?: string;
  /** The index file, for the workers' own connections. */
  db?: WorkerDb;
  signal?: AbortSignal;
  /** Called after each committed change to rows (so cached counts can be dropped). */
  onRowsChanged?: () => void;
  /** The folder's content model: files are judged by their collection's schema. */
  model?: ContentModel;
}

/** From this many files on, a run goes to the worker threads. */
export const BULK_MIN = 200;

/** Full texts per inline transaction: short, so the calling thread's loop stays responsive. */
const INLINE_TEXT_CHUNK = 100;

/** Runs a plan: on worker threads when it is big and a worker is built, else inline. */
export function runIndex(ctx: RunIndexContext, plan: IndexPlan): Promise<IndexChanges> {
  if (ctx.workerPath !== undefined && ctx.db !== undefined && packedLength(plan.jobs) >= BULK_MIN) {
    return runInWorkers(plan, {
      root: ctx.root,
      db: ctx.db,
      workerPath: ctx.workerPath,
      progress: ctx.progress,
      ...(ctx.signal !== undefined && { signal: ctx.signal }),
      ...(ctx.onRowsChanged !== undefined && { onRowsChanged: ctx.onRowsChanged }),
      ...(ctx.model !== undefined && { model: ctx.model }),
    });
  }
  return runInline(ctx, plan);
}

/**
 * The same two phases on the calling thread: rows as each parsed batch
 * arrives, full text in short transactions in between and after.
 */
async function runInline(ctx: RunIndexContext, plan: IndexPlan): Promise<IndexChanges> {
  const { progress } = ctx;
  const jobs = unpackJobs(plan.jobs);
  const sink = new IndexSink(ctx.writer, ctx.root, plan.existingIds);
  if (sink.removePaths(plan.removed) > 0) ctx.onRowsChanged?.();

  let parsed = 0;
  const onBatch = (batch: ParsedFile[]): void => {
    sink.applyBatch(batch);
    ctx.onRowsChanged?.();
    parsed += batch.length;
    progress.update('indexing', parsed, jobs.length);
  };
  progress.update('indexing', 0, jobs.length);
  await parseFiles(ctx.root, jobs, onBatch, {
    ...(ctx.workerPath !== undefined && { workerPath: ctx.workerPath }),
    ...(ctx.signal !== undefined && { signal: ctx.signal }),
    ...(ctx.model !== undefined && { model: ctx.model }),
  });

  const total = sink.pendingTexts;
  let done = 0;
  progress.update('fulltext', 0, total);
  while (sink.pendingTexts > 0) {
    ctx.signal?.throwIfAborted();
    done += sink.writeTexts(INLINE_TEXT_CHUNK);
    progress.update('fulltext', done, total);
    // No yield after the last chunk: callers announce the change right after, before anyone can see it.
    if (sink.pendingTexts > 0) await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return sink.changes(jobs.length, plan.removed);
}
