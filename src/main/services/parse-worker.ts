/**
 * Worker thread that reads and parses article files, so the main thread is
 * free to write SQLite meanwhile. Input (workerData): `{ root, jobs }`.
 * Output: `{ batch: ParsedFile[] }` messages, then `{ done: true }`.
 * Built by electron-vite to out/main/parse-worker.js.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { parseArticleFile, type ParseJob, type ParsedFile } from './article-file';

export interface ParseWorkerInput {
  root: string;
  jobs: ParseJob[];
  batchSize: number;
}

export type ParseWorkerMessage = { batch: ParsedFile[] } | { done: true };

const port = parentPort;
if (port) {
  const { root, jobs, batchSize } = workerData as ParseWorkerInput;
  let batch: ParsedFile[] = [];
  for (const job of jobs) {
    batch.push(parseArticleFile(root, job));
    if (batch.length >= batchSize) {
      port.postMessage({ batch } satisfies ParseWorkerMessage);
      batch = [];
    }
  }
  if (batch.length > 0) port.postMessage({ batch } satisfies ParseWorkerMessage);
  port.postMessage({ done: true } satisfies ParseWorkerMessage);
}
