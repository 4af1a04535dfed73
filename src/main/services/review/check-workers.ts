import { availableParallelism } from 'node:os';
import { Worker, type MessagePort } from 'node:worker_threads';
import type { ContentModel } from '@shared/model/content-model';
import { PairChecksTable } from '../../db/review-facts';
import { openDatabase } from '../../db/open-database';
import type { WorkerDb } from '../indexing/index-messages';
import { computeChecks, storable, type CheckJob, type CheckResult } from './pair-checks';
import { storedRow } from './stored-checks';
import { trimWhenGone } from '../native-heap';

/** workerData of the index workers' check role (see indexing/parse-worker.ts). */
export interface CheckWorkerInput {
  role: 'check';
  root: string;
  /** The folder's content model (plain JSON): the worker derives each collection's check rules. */
  model: ContentModel;
  /** The index: given, the worker stores each result its job may keep (see `CheckJob.store`) itself. */
  db?: WorkerDb;
}

/** To a check worker: a chunk of jobs as JSON, or that there are no more. */
export type ToCheckWorker = { jobs: string } | { jobs: null };

/** From a check worker: the results of the chunk it was given, in its order (only how many, when the caller keeps none). */
export interface CheckWorkerMessage {
  results: CheckResult[] | number;
}

/** From this many translations to check, a review hands them to worker threads. */
export const CHECK_WORKERS_MIN = 200;

/**
 * Translations per chunk a worker asks for: small enough that two threads
 * finish together however the cost of pairs (or the machine's load) varies,
 * and that neither heap nor message holds many results at once.
 */
export const CHECK_CHUNK = 100;

/**
 * Like the index run's threads, these allocate short-lived parse trees at a
 * steady rate: a small young generation and an old generation kept small
 * (a chunk's live data is a few MB) hold the process's peak memory in its
 * budget; left alone, V8 lets each heap grow by 100+ MB of garbage first.
 */
const CHECK_LIMITS = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 64 };

/**
 * Checks `jobs` (sorted by source) on worker threads, one per core (at most
 * two: the machine this is sized for has two, and the process's memory
 * budget holds two heaps), so the main thread stays free for queries. Each
 * worker takes the next chunk when it is done with one, so both finish
 * together; chunks end at source boundaries, so an original is parsed by
 * one thread. Results come back in the order of `jobs`. An abort or a
 * failed worker stops the others and rejects.
 */
export function checkInWorkers(
  workerPath: string,
  root: string,
  model: ContentModel,
  jobs: readonly CheckJob[] | PackedJobs,
  opts: {
    onProgress?: (done: number, total: number) => void;
    signal?: AbortSignal;
    threads?: number;
    chunk?: number;
    /**
     * The index: the workers store the results there as they go and send
     * back only how many they did, so this thread holds none of them (the
     * promise then resolves with an empty list).
     */
    db?: WorkerDb;
  } = {},
): Promise<CheckResult[]> {
  opts.signal?.throwIfAborted();
  // No closure below refers to `jobs`: once packed, the caller's list is the only one holding them (see `feed`).
  const packed = 'chunks' in jobs ? jobs : packJobs(jobs, opts.chunk);
  const total = packed.total;
  const chunks: (string | null)[] = [...packed.chunks];
  const results: CheckResult[][] = chunks.map(() => []);
  const threads = Math.max(1, Math.min(opts.threads ?? availableParallelism(), 2, chunks.length));
  const workers = Array.from({ length: threads }, () => trimWhenGone(new Worker(workerPath, { workerData: { role: 'check', root, model, ...(opts.db && { db: opts.db }) } satisfies CheckWorkerInput, resourceLimits: CHECK_LIMITS })));
  return new Promise<CheckResult[]>((resolve, reject) => {
    let next = 0;
    let done = 0;
    let idle = 0;
    let settled = false;
    // Settled once every worker has exited: until then Node holds each Worker, and through its listeners this call's chunks.
    const settle = (error?: unknown): void => {
      if (settled) return;
      settled = true;
      opts.signal?.removeEventListener('abort', onAbort);
      void Promise.allSettled(workers.map((worker) => worker.terminate())).then(() => {
        if (error !== undefined) reject(error);
        else resolve(results.flat());
      });
    };
    const onAbort = (): void => settle(opts.signal?.reason ?? new Error('aborted'));
    opts.signal?.addEventListener('abort', onAbort);
    const feed = (worker: Worker, slot: { chunk: number }): void => {
      if (next < chunks.length) {
        slot.chunk = next++;
        worker.postMessage({ jobs: chunks[slot.chunk] ?? '[]' } satisfies ToCheckWorker);
        // The worker has its own copy: tens of thousands of jobs are not held here until the last is done.
        chunks[slot.chunk] = null;
      } else {
        slot.chunk = -1;
        worker.postMessage({ jobs: null } satisfies ToCheckWorker);
        if (++idle === workers.length) settle();
      }
    };
    for (const worker of workers) {
      const slot = { chunk: -1 };
      worker.on('message', (message: CheckWorkerMessage) => {
        if (typeof message.results === 'number') done += message.results;
        else {
          results[slot.chunk] = message.results;
          done += message.results.length;
        }
        opts.onProgress?.(done, total);
        feed(worker, slot);
      });
      worker.on('error', (error) => settle(error));
      worker.on('exit', (code) => {
        if (slot.chunk !== -1 || next < chunks.length) settle(new Error(`a check worker stopped early (exit code ${code})`));
      });
      feed(worker, slot);
    }
  });
}

/**
 * Jobs as the workers take them: chunks (see `chunkBySource`), each as its
 * JSON. One flat string per chunk: tens of thousands of jobs' objects and
 * strings, held while the workers run, also kept the pages of the plan they
 * were made from, which the heap could then not return.
 */
export interface PackedJobs {
  total: number;
  chunks: readonly string[];
}

export function packJobs(jobs: readonly CheckJob[], size = CHECK_CHUNK): PackedJobs {
  return { total: jobs.length, chunks: chunkBySource(jobs, size).map((chunk) => JSON.stringify(chunk)) };
}

/** `jobs` (sorted by source) in chunks of about `size`, never parting an original from its translations. */
export function chunkBySource(jobs: readonly CheckJob[], size: number): CheckJob[][] {
  const chunks: CheckJob[][] = [];
  let chunk: CheckJob[] = [];
  for (const [i, job] of jobs.entries()) {
    const sameSource = i > 0 && job.source !== null && jobs[i - 1]?.source === job.source;
    if (chunk.length >= size && !sameSource) {
      chunks.push(chunk);
      chunk = [];
    }
    chunk.push(job);
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

/** The worker side: checks each chunk it is given and answers with its results (or stores them), until told there are no more. */
export function answerChecks(port: MessagePort, input: CheckWorkerInput): void {
  const db = input.db && openDatabase(input.db.dbPath, { ...(input.db.nativeBinding !== undefined && { nativeBinding: input.db.nativeBinding }), cacheKiB: 1024 });
  const table = db && new PairChecksTable(db);
  port.on('message', (message: ToCheckWorker) => {
    if (message.jobs === null) {
      db?.close();
      port.close();
      return;
    }
    const jobs = JSON.parse(message.jobs) as CheckJob[];
    computeChecks(input.root, input.model, jobs).then(
      (results) => {
        if (!table) {
          port.postMessage({ results } satisfies CheckWorkerMessage);
          return;
        }
        const rows = results.flatMap((result, i) => {
          const job = jobs[i];
          return job?.store && result.checks && storable(job, result) ? [storedRow({ path: job.path, key: job.store.key, checks: result.checks })] : [];
        });
        table.putMany(rows);
        port.postMessage({ results: results.length } satisfies CheckWorkerMessage);
      },
      (error: unknown) =>
        // Rethrown outside the promise so the parent sees the worker's 'error' event.
        setImmediate(() => {
          throw error;
        }),
    );
  });
}
