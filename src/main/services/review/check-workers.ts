import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ContentModel } from '@shared/model/content-model';
import { computeChecks, type CheckJob, type CheckResult } from './pair-checks';

/** workerData of the index workers' check role (see indexing/parse-worker.ts). */
export interface CheckWorkerInput {
  role: 'check';
  root: string;
  /** The folder's content model (plain JSON): the worker derives each collection's check rules. */
  model: ContentModel;
  jobs: CheckJob[];
}

/** What a check worker posts: how many of its jobs are done, then every result at once. */
export type CheckWorkerMessage = { kind: 'done'; done: number } | { kind: 'results'; results: CheckResult[] };

/** From this many translations to check, a review hands them to worker threads. */
export const CHECK_WORKERS_MIN = 200;

/**
 * Like the index run's threads, these allocate short-lived parse trees at a
 * steady rate: a small young generation keeps the process's peak memory in
 * its budget for a few per cent more scavenging.
 */
const CHECK_LIMITS = { maxYoungGenerationSizeMb: 8 };

/**
 * Checks `jobs` on worker threads, one per core (at most two: the machine
 * this is sized for has two, and the process's memory budget holds two
 * heaps), so the main thread stays free for queries. Jobs are split at
 * source boundaries so each original is still parsed by one thread only.
 * Results come back in the order of `jobs`. An abort or a failed worker
 * stops the others and rejects.
 */
export function checkInWorkers(
  workerPath: string,
  root: string,
  model: ContentModel,
  jobs: readonly CheckJob[],
  opts: { onProgress?: (done: number, total: number) => void; signal?: AbortSignal; threads?: number } = {},
): Promise<CheckResult[]> {
  opts.signal?.throwIfAborted();
  const parts = splitBySource(jobs, Math.max(1, Math.min(opts.threads ?? availableParallelism(), 2)));
  const done = parts.map(() => 0);
  const results: CheckResult[][] = parts.map(() => []);
  const workers = parts.map((part) => new Worker(workerPath, { workerData: { role: 'check', root, model, jobs: part } satisfies CheckWorkerInput, resourceLimits: CHECK_LIMITS }));
  return new Promise<CheckResult[]>((resolve, reject) => {
    let finished = 0;
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
    workers.forEach((worker, i) => {
      worker.on('message', (message: CheckWorkerMessage) => {
        if (message.kind === 'done') {
          done[i] = message.done;
          opts.onProgress?.(done.reduce((a, b) => a + b, 0), jobs.length);
          return;
        }
        results[i] = message.results;
        if (++finished === workers.length) settle();
      });
      worker.on('error', (error) => settle(error));
      worker.on('exit', (code) => {
        if (results[i]?.length !== parts[i]?.length) settle(new Error(`a check worker stopped early (exit code ${code})`));
      });
    });
  });
}

/** `jobs` (sorted by source) in `count` runs of about equal length, never splitting one source's translations. */
export function splitBySource(jobs: readonly CheckJob[], count: number): CheckJob[][] {
  const parts: CheckJob[][] = [];
  const size = Math.ceil(jobs.length / count);
  let part: CheckJob[] = [];
  for (const [i, job] of jobs.entries()) {
    const sameSource = i > 0 && job.source !== null && jobs[i - 1]?.source === job.source;
    if (part.length >= size && !sameSource && parts.length < count - 1) {
      parts.push(part);
      part = [];
    }
    part.push(job);
  }
  parts.push(part);
  return parts.filter((p) => p.length > 0);
}

/** The worker side: checks its share, telling progress now and then, and posts every result at the end. */
export async function answerChecks(port: { postMessage(message: CheckWorkerMessage): void }, input: CheckWorkerInput): Promise<void> {
  let told = 0;
  const results = await computeChecks(input.root, input.model, input.jobs, {
    onDone: (done) => {
      // A message per 50 jobs is plenty for a progress bar.
      if (done - told >= 50 || done === input.jobs.length) {
        told = done;
        port.postMessage({ kind: 'done', done });
      }
    },
  });
  port.postMessage({ kind: 'results', results });
}
