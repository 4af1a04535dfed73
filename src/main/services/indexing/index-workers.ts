import { MessageChannel, Worker } from 'node:worker_threads';
import type { ContentModel } from '@shared/model/content-model';
import type { IndexChanges } from './index-sink';
import { SHARE_MIN } from './index-writer';
import { JobCursor } from './job-cursor';
import { emptyJobs, packedLength } from './packed-jobs';
import type { ParseWorkerInput, WorkerDb, WorkerReport, WriteWorkerInput } from './index-messages';
import type { ProgressReporter } from './progress-reporter';
import type { IndexPlan } from './run-index';
import { trimWhenGone } from '../native-heap';
import { LARGE_RUN, releaseMemory } from '../heap-budget';

/**
 * Parsed files per message to the writer: small enough that little of each
 * batch lives long enough to be promoted to V8's old generation (peak
 * memory), big enough that messages and row transactions stay cheap.
 */
const PARSE_BATCH = 100;

export interface WorkerRunOptions {
  root: string;
  db: WorkerDb;
  /** Built parse-worker.js (both roles). */
  workerPath: string;
  progress: ProgressReporter;
  signal?: AbortSignal;
  /** Called whenever the writer has committed rows. */
  onRowsChanged?: () => void;
  batchSize?: number;
  /** From this many texts left after parsing, the parser writes half into the second shard (tests lower it). */
  shareMin?: number;
  /** The folder's content model, handed to the parser (see ParseWorkerInput). */
  model?: ContentModel;
}

/**
 * Runs a plan on two worker threads (and empties it: its jobs go to them),
 * a parser and a SQLite writer, joined by a MessageChannel; this thread only relays progress, so it stays free for
 * queries. Resolves with what changed once both have finished; on an error
 * or abort both are terminated (committed batches stay; the next run
 * finds rows without full text and redoes them).
 */
export function runInWorkers(plan: IndexPlan, opts: WorkerRunOptions): Promise<IndexChanges> {
  opts.signal?.throwIfAborted();
  const large = packedLength(plan.jobs) >= LARGE_RUN;
  const { writer, parser } = startWorkers(plan, opts);
  // The workers have their copies. At 100k files the jobs are tens of MB this thread would
  // otherwise keep for the whole run (callers still hold the plan), so the plan is consumed here.
  plan.jobs = emptyJobs();
  plan.existingIds = new Map();
  // What loading the model, the scan and the plan left on this thread's heap is garbage now. V8 would keep it
  // (and the pages it took) through the whole run, while both workers' heaps are at their largest: at 100k files
  // ~25 MB of the run's peak RSS, for a ~30 ms collection. Only here is the plan itself garbage too.
  if (large) releaseMemory();
  return new Promise<IndexChanges>((resolve, reject) => {
    let settled = false;
    let changes: IndexChanges | undefined;
    let parserFinished = false;
    const texts = { total: 0, writer: 0, parser: 0, started: false };
    const finish = (error?: unknown): void => {
      if (settled) return;
      settled = true;
      opts.signal?.removeEventListener('abort', onAbort);
      void writer.terminate();
      void parser.terminate();
      if (error !== undefined) reject(error);
      else if (changes) resolve(changes);
      else reject(new Error('the index writer stopped without reporting its changes'));
    };
    const onAbort = (): void => finish(opts.signal?.reason ?? new Error('aborted'));
    opts.signal?.addEventListener('abort', onAbort);

    const onReport = (message: WorkerReport): void => {
      if (settled) return;
      switch (message.kind) {
        case 'rows':
          opts.onRowsChanged?.();
          opts.progress.update('indexing', message.parsed, message.total);
          break;
        case 'texts':
          if (message.by === 'writer') {
            texts.started = true;
            texts.total = message.total;
            texts.writer = message.done;
          } else {
            texts.parser = message.done;
          }
          if (texts.started) opts.progress.update('fulltext', texts.writer + texts.parser, texts.total);
          break;
        case 'finished':
          if (message.changes) changes = message.changes;
          else parserFinished = true;
          if (changes && parserFinished) finish();
          break;
      }
    };
    const roles = [
      { worker: writer, finished: () => changes !== undefined },
      { worker: parser, finished: () => parserFinished },
    ];
    for (const { worker, finished } of roles) {
      worker.on('message', onReport);
      worker.on('error', (error) => finish(error));
      worker.on('exit', (code) => {
        if (!finished()) finish(new Error(`an index worker stopped early (exit code ${code})`));
      });
    }
  });
}

/**
 * Young generations smaller than V8's default (up to 3 × 16 MiB a thread)
 * keep the three heaps of a run inside the peak RSS budget: both workers
 * allocate short-lived batches at a steady rate. The parser keeps more room,
 * as it parses most files (at 8 MiB its extra scavenges cost a fifth more
 * CPU before the list appears). The writer, which parses the rest, stays at
 * 8 MiB: at 16 the list was not ready sooner and the run's peak grew by
 * ~15 MB. 100k articles: peak RSS 404 → ~370 MB, same times.
 *
 * The old generations get a limit too, far above what they hold (the parser
 * holds the job list, ~20 MB at 100k files), for what it does to V8's heap
 * growth: with the default limit (the machine's memory) V8 lets an old
 * generation grow to 4× what survived its last full collection before the
 * next one, and the parser's promoted batches then sat there as ~90 MB of
 * garbage; under a 1 GiB limit the factor is ~1.6 and the parser's heap
 * stays near 70 MB.
 */
export const OLD_GENERATION_MB = 1024;
const WRITER_LIMITS = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: OLD_GENERATION_MB };
const PARSER_LIMITS = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: OLD_GENERATION_MB };

function startWorkers(plan: IndexPlan, opts: WorkerRunOptions): { writer: Worker; parser: Worker } {
  const channel = new MessageChannel();
  const cursor = JobCursor.memory();
  const batchSize = opts.batchSize ?? PARSE_BATCH;
  const writerInput: WriteWorkerInput = {
    role: 'write',
    root: opts.root,
    ...opts.db,
    jobs: plan.jobs,
    cursor,
    // Half a batch: the parser's batches wait for the writer's slice to be parsed.
    sliceSize: Math.max(1, Math.floor(batchSize / 2)),
    ...(opts.model && { model: opts.model }),
    total: packedLength(plan.jobs),
    existing: [...plan.existingIds],
    removed: plan.removed,
    port: channel.port1,
    shareMin: opts.shareMin ?? SHARE_MIN,
  };
  const parserInput: ParseWorkerInput = {
    role: 'parse',
    root: opts.root,
    jobs: plan.jobs,
    cursor,
    batchSize,
    port: channel.port2,
    db: opts.db,
    ...(opts.model && { model: opts.model }),
  };
  return {
    writer: trimWhenGone(new Worker(opts.workerPath, { workerData: writerInput, transferList: [channel.port1], resourceLimits: WRITER_LIMITS })),
    parser: trimWhenGone(new Worker(opts.workerPath, { workerData: parserInput, transferList: [channel.port2], resourceLimits: PARSER_LIMITS })),
  };
}
