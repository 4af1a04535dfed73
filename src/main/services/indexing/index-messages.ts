import type { MessagePort } from 'node:worker_threads';
import type { ContentModel } from '@shared/model/content-model';
import type { ParsedFile } from './article-file';
import type { JobList } from './job-cursor';
import type { IndexChanges } from './index-sink';
import type { PackedJobs } from './packed-jobs';

/**
 * What the threads of a bulk index run tell each other (see run-index.ts).
 * The parser sends parsed batches straight to the writer over a
 * MessageChannel, so they never pass through the main thread; both report
 * progress to the main thread.
 */

/** Database the workers open (their own connections to the index file). */
export interface WorkerDb {
  dbPath: string;
  nativeBinding?: string;
}

/** workerData of the parse role. Without `port`, batches go to the parent (parse only). */
export interface ParseWorkerInput {
  role?: 'parse';
  root: string;
  /** The files to parse, as objects (small runs) or packed (bulk runs). */
  jobs: JobList;
  batchSize: number;
  /** A bulk run's JobCursor memory, shared with the writer, which parses slices too. */
  cursor?: SharedArrayBuffer;
  /** Writer's end: batches go here, and a share of full text to write may come back. */
  port?: MessagePort;
  /** Where to write that share (the second shard). */
  db?: WorkerDb;
  /** The folder's content model (plain JSON): the worker builds each collection's validator itself. */
  model?: ContentModel;
}

/** workerData of the write role. */
export interface WriteWorkerInput extends WorkerDb {
  role: 'write';
  root: string;
  /** The run's files: the writer parses a slice of them whenever it has no batch to write. */
  jobs: PackedJobs;
  /** The JobCursor memory it shares with the parser. */
  cursor: SharedArrayBuffer;
  /** Slice size for the writer's own parsing. */
  sliceSize: number;
  /** The folder's content model, as for the parser. */
  model?: ContentModel;
  /** Files to read, for progress. */
  total: number;
  /** Row ids of files the index already has: [path, id]. */
  existing: [string, number][];
  removed: string[];
  /** Parser's end. */
  port: MessagePort;
  /** From this many texts left once every row is written, the parser takes half of them. */
  shareMin: number;
}

/** Parse role → parent when there is no port (parse only). */
export type ParseWorkerMessage = { batch: ParsedFile[] } | { done: true };

/** Parser → writer. */
export type ToWriter = { batch: ParsedFile[] } | { done: true };

/** Writer → parser, once every row is written: row ids whose full text goes into the second shard (possibly none). */
export interface ToParser {
  ids: number[];
}

/** Either worker → main thread. */
export type WorkerReport =
  /** Rows committed for `parsed` of `total` files (after removals, `parsed` is 0). */
  | { kind: 'rows'; parsed: number; total: number }
  /** Every row is committed; `total` full texts in all, `done` of them by the writer. */
  | { kind: 'texts'; by: 'writer'; done: number; total: number }
  /** The parser has written `done` texts of its share. */
  | { kind: 'texts'; by: 'parser'; done: number }
  /** The worker has finished its part; the writer sends what the run changed. */
  | { kind: 'finished'; changes?: IndexChanges };
