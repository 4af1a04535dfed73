import { Worker } from 'node:worker_threads';
import type { ContentModel } from '@shared/model/content-model';
import { parseArticleFile, type ParseJob, type ParsedFile } from './article-file';
import type { ParseWorkerInput, ParseWorkerMessage } from './index-messages';
import { trimWhenGone } from '../native-heap';

export interface ParseFilesOptions {
  /** Built parse-worker.js; without it files are parsed on this thread in batches that yield. */
  workerPath?: string;
  signal?: AbortSignal;
  batchSize?: number;
  /** The folder's content model: each file is judged by its collection's schema (without one: the built-in schema). */
  model?: ContentModel;
}

/** Below this many files a worker's start-up costs more than it saves. */
const WORKER_THRESHOLD = 200;

/**
 * Reads and parses `jobs`, handing results to `onBatch` in order as they are
 * ready. One worker at most: on two cores the SQLite writer needs the other one.
 */
export function parseFiles(
  root: string,
  jobs: ParseJob[],
  onBatch: (batch: ParsedFile[]) => void,
  opts: ParseFilesOptions = {},
): Promise<void> {
  const batchSize = opts.batchSize ?? 250;
  if (opts.workerPath !== undefined && jobs.length >= WORKER_THRESHOLD) {
    return parseInWorker(opts.workerPath, { root, jobs, batchSize, ...(opts.model && { model: opts.model }) }, onBatch, opts.signal);
  }
  return parseInline(root, jobs, onBatch, Math.min(batchSize, 50), opts.signal, opts.model);
}

async function parseInline(
  root: string,
  jobs: ParseJob[],
  onBatch: (batch: ParsedFile[]) => void,
  batchSize: number,
  signal: AbortSignal | undefined,
  model: ContentModel | undefined,
): Promise<void> {
  for (let start = 0; start < jobs.length; start += batchSize) {
    signal?.throwIfAborted();
    onBatch(jobs.slice(start, start + batchSize).map((job) => parseArticleFile(root, job, model)));
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

function parseInWorker(
  workerPath: string,
  input: ParseWorkerInput,
  onBatch: (batch: ParsedFile[]) => void,
  signal: AbortSignal | undefined,
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    signal?.throwIfAborted();
    const worker = trimWhenGone(new Worker(workerPath, { workerData: input }));
    let settled = false;
    const finish = (error?: unknown): void => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      if (error === undefined) resolve();
      else reject(error);
    };
    const onAbort = (): void => finish(signal?.reason ?? new Error('aborted'));
    signal?.addEventListener('abort', onAbort);
    worker.on('message', (message: ParseWorkerMessage) => {
      if (settled) return;
      if ('done' in message) finish();
      else {
        try {
          onBatch(message.batch);
        } catch (error) {
          finish(error);
        }
      }
    });
    worker.on('error', (error) => finish(error));
    worker.on('exit', (code) => finish(code === 0 ? undefined : new Error(`parse worker exited with code ${code}`)));
  });
}
