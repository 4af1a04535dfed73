import { lstatSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { trimWhenGone } from '../native-heap';

/**
 * What lstat found at a path (symbolic links are not followed): gone; a
 * file; a folder or symbolic link (not a file to list); or a FIFO, socket
 * or device (reading one can hang).
 */
export const FileKind = { Gone: 0, File: 1, Skipped: 2, NotRegular: 3 } as const;

/** The lstat of each path: the i-th path's kind, size and mtime (NaN unless a file). */
export interface FileStats {
  kinds: Uint8Array;
  sizes: Float64Array;
  mtimes: Float64Array;
}

/**
 * From this many paths, the stats are taken on worker threads. Below it a
 * thread's start (~20 ms) costs more than it saves.
 */
export const STAT_WORKERS_MIN = 20_000;

/** Paths per message to a worker, and between yields when stat-ing on this thread. */
const BATCH = 2000;

/*
 * The worker: plain JavaScript evaluated as a worker (no bundle to load, so
 * it starts in milliseconds). It answers each batch with three typed arrays, transferred.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { lstatSync } = require('node:fs');
const root = workerData.root;
parentPort.on('message', ({ id, paths }) => {
  const kinds = new Uint8Array(paths.length);
  const sizes = new Float64Array(paths.length).fill(NaN);
  const mtimes = new Float64Array(paths.length).fill(NaN);
  for (let i = 0; i < paths.length; i++) {
    const st = lstatSync(root + '/' + paths[i], { throwIfNoEntry: false });
    if (st === undefined) continue;
    if (st.isFile()) { kinds[i] = 1; sizes[i] = st.size; mtimes[i] = st.mtimeMs; }
    else kinds[i] = st.isDirectory() || st.isSymbolicLink() ? 2 : 3;
  }
  parentPort.postMessage({ id, kinds, sizes, mtimes }, [kinds.buffer, sizes.buffer, mtimes.buffer]);
});
`;

export interface StatFilesOptions {
  /** Worker threads at most (default: one per core, at most four); fewer than two stats on this thread. */
  threads?: number;
  /** Paths from which workers are used (default `STAT_WORKERS_MIN`). */
  workersFrom?: number;
  /** Paths per batch sent to a worker (default 2000). */
  batch?: number;
  /** Told when a worker failed (its paths are then stat-ed on this thread). */
  onWorkerError?: (error: unknown) => void;
}

/**
 * lstat of paths (relative to `root`, `/` separators) given as a walk finds
 * them. At 100,000 files the system calls are most of a scan: once
 * `workersFrom` paths have come, batches go to worker threads as they fill,
 * so the stats are taken while the walk goes on (~0.45 s of stats out of
 * the way on two cores), and this thread is free meanwhile. Fewer paths are
 * stat-ed on this thread at the end, in slices. A worker that fails leaves
 * its batches to this thread.
 */
export class FileStatter {
  private readonly paths: string[] = [];
  /** How many of `paths` went to the workers, in batches. */
  private sent = 0;
  private readonly batches: Promise<FileStats>[] = [];
  private workers: Worker[] | null = null;
  private readonly waiting = new Map<number, { resolve: (stats: FileStats) => void; reject: (error: unknown) => void }>();
  private readonly threads: number;
  private readonly workersFrom: number;
  private readonly batch: number;
  private stopped = false;

  constructor(
    private readonly root: string,
    private readonly opts: StatFilesOptions = {},
  ) {
    this.threads = Math.min(opts.threads ?? availableParallelism(), 4);
    this.workersFrom = opts.workersFrom ?? STAT_WORKERS_MIN;
    this.batch = opts.batch ?? BATCH;
  }

  /** Paths added so far. */
  get added(): number {
    return this.paths.length;
  }

  add(path: string): void {
    this.paths.push(path);
    if (!this.useWorkers()) return;
    while (this.paths.length - this.sent >= this.batch) this.send(this.sent + this.batch);
  }

  private useWorkers(): boolean {
    return this.threads >= 2 && this.paths.length >= this.workersFrom;
  }

  /** The stats of every path added, in their order; the workers are stopped. */
  async done(): Promise<{ paths: string[]; stats: FileStats }> {
    try {
      if (this.useWorkers() && this.sent < this.paths.length) this.send(this.paths.length);
      const parts = [...(await Promise.all(this.batches))];
      if (this.sent < this.paths.length) parts.push(await statHere(this.root, this.paths.slice(this.sent)));
      return { paths: this.paths, stats: concat(parts, this.paths.length) };
    } finally {
      this.stop();
    }
  }

  /** Stops the workers (`done` does it too): for a walk that failed; batches not yet answered are dropped, not stat-ed here. */
  stop(): void {
    this.stopped = true;
    for (const worker of this.workers ?? []) void worker.terminate();
  }

  /** Sends paths `sent`…`end` as one batch. */
  private send(end: number): void {
    const paths = this.paths.slice(this.sent, end);
    const id = this.batches.length;
    this.sent = end;
    const workers = this.startWorkers();
    const worker = workers[id % workers.length] as Worker;
    const answer = new Promise<FileStats>((resolve, reject) => this.waiting.set(id, { resolve, reject }));
    worker.postMessage({ id, paths });
    this.batches.push(
      answer.catch((error: unknown) => {
        // Stopped: nobody waits for these.
        if (this.stopped) return statsOf(0);
        this.opts.onWorkerError?.(error);
        return statHere(this.root, paths);
      }),
    );
  }

  private startWorkers(): Worker[] {
    if (this.workers !== null) return this.workers;
    this.workers = Array.from({ length: this.threads }, () => {
      const worker = trimWhenGone(new Worker(WORKER_SOURCE, { eval: true, workerData: { root: this.root } }));
      worker.on('message', ({ id, ...stats }: FileStats & { id: number }) => {
        this.waiting.get(id)?.resolve(stats);
        this.waiting.delete(id);
      });
      // A worker that fails fails every batch it holds (each asks this thread instead); the ids tell which.
      const fail = (error: unknown): void => {
        for (const [id, waiter] of this.waiting) {
          if (this.workers !== null && this.workers[id % this.workers.length] === worker) {
            waiter.reject(error);
            this.waiting.delete(id);
          }
        }
      };
      worker.on('error', fail);
      worker.on('exit', (code) => fail(new Error(`a stat worker stopped (exit code ${code})`)));
      return worker;
    });
    return this.workers;
  }
}

function concat(parts: readonly FileStats[], length: number): FileStats {
  const out: FileStats = { kinds: new Uint8Array(length), sizes: new Float64Array(length), mtimes: new Float64Array(length) };
  let at = 0;
  for (const part of parts) {
    out.kinds.set(part.kinds, at);
    out.sizes.set(part.sizes, at);
    out.mtimes.set(part.mtimes, at);
    at += part.kinds.length;
  }
  return out;
}

/** Stats of `length` paths, none found yet. */
function statsOf(length: number): FileStats {
  return { kinds: new Uint8Array(length), sizes: new Float64Array(length).fill(Number.NaN), mtimes: new Float64Array(length).fill(Number.NaN) };
}

async function statHere(root: string, paths: readonly string[]): Promise<FileStats> {
  const stats = statsOf(paths.length);
  for (let i = 0; i < paths.length; i++) {
    if (i > 0 && i % BATCH === 0) await new Promise<void>((resolve) => setImmediate(resolve));
    const st = lstatSync(join(root, paths[i] as string), { throwIfNoEntry: false });
    if (st === undefined) continue;
    if (st.isFile()) {
      stats.kinds[i] = FileKind.File;
      stats.sizes[i] = st.size;
      stats.mtimes[i] = st.mtimeMs;
    } else stats.kinds[i] = st.isDirectory() || st.isSymbolicLink() ? FileKind.Skipped : FileKind.NotRegular;
  }
  return stats;
}
