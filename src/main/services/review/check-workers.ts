import { availableParallelism } from 'node:os';
import { Worker, type MessagePort } from 'node:worker_threads';
import type { ContentModel } from '@shared/model/content-model';
import { computeChecks, type CheckJob, type CheckResult } from './pair-checks';

/** workerData of the index workers' check role (see indexing/parse-worker.ts). */
export interface CheckWorkerInput {
  role: 'check';
  root: string;
  /** The folder's content model (plain JSON): the worker derives each collection's check rules. */
  model: ContentModel;
}

/** To a check worker: a chunk of jobs, or that there are no more. */
export type ToCheckWorker = { jobs: CheckJob[] } | { jobs: null };

/** From a check worker: the results of the chunk it was given, in its order. */
export interface CheckWorkerMessage {
  results: CheckResult[];
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
  jobs: readonly CheckJob[],
  opts: { onProgress?: (done: number, total: number) => void; signal?: AbortSignal; threads?: number; chunk?: number } = {},
): Promise<CheckResult[]> {
  opts.signal?.throwIfAborted();
  const chunks = chunkBySource(jobs, opts.chunk ?? CHECK_CHUNK);
  const results: CheckResult[][] = chunks.map(() => []);
  const threads = Math.max(1, Math.min(opts.threads ?? availableParallelism(), 2, chunks.length));
  const workers = Array.from({ length: threads }, () => new Worker(workerPath, { workerData: { role: 'check', root, model } satisfies CheckWorkerInput, resourceLimits: CHECK_LIMITS }));
  return new Promise<CheckResult[]>((resolve, reject) => {
    let next = 0;
    let done = 0;
    let idle = 0;
    let settled = false;
    const settle = (error?: unknown): void => {
      if (settled) return;
      settled = true;
      opts.signal?.removeEventListener('abort', onAbort);
      for (const worker of workers) void worker.terminate();
      if (error !== undefined) reject(error);
      else resolve(results.flat());
    };
    const onAbort = (): void => settle(opts.signal?.reason ?? new Error('aborted'));
    opts.signal?.addEventListener('abort', onAbort);
    const feed = (worker: Worker, slot: { chunk: number }): void => {
      if (next < chunks.length) {
        slot.chunk = next++;
        worker.postMessage({ jobs: chunks[slot.chunk] ?? [] } satisfies ToCheckWorker);
      } else {
        slot.chunk = -1;
        worker.postMessage({ jobs: null } satisfies ToCheckWorker);
        if (++idle === workers.length) settle();
      }
    };
    for (const worker of workers) {
      const slot = { chunk: -1 };
      worker.on('message', (message: CheckWorkerMessage) => {
        results[slot.chunk] = message.results;
        done += message.results.length;
        opts.onProgress?.(done, jobs.length);
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

/** The worker side: checks each chunk it is given and answers with its results, until told there are no more. */
export function answerChecks(port: MessagePort, input: CheckWorkerInput): void {
  port.on('message', (message: ToCheckWorker) => {
    if (message.jobs === null) {
      port.close();
      return;
    }
    computeChecks(input.root, input.model, message.jobs).then(
      (results) => port.postMessage({ results } satisfies CheckWorkerMessage),
      (error: unknown) =>
        // Rethrown outside the promise so the parent sees the worker's 'error' event.
        setImmediate(() => {
          throw error;
        }),
    );
  });
}
