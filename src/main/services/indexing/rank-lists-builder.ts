import { Worker } from 'node:worker_threads';
import type { RankListsData, RankListsOptions } from '../../db/rank-lists/build-rank-lists';
import { loadOrBuildRankLists, rankListsFile } from '../../db/rank-lists/rank-lists-file';
import type { IndexDatabase } from '../../db/open-database';
import { RankLists } from '../../db/rank-lists/rank-lists';
import { warnFailure } from '../../db/warn-failure';
import type { WorkerDb } from './index-messages';
import { OLD_GENERATION_MB } from './index-workers';
import { tightenHeap } from '../heap-budget';
import { trimWhenGone } from '../native-heap';

/** workerData of the worker's rank-lists role. */
export interface RankListsWorkerInput extends WorkerDb {
  role: 'rank-lists';
  options: RankListsOptions;
  /** False: save the lists and answer only `SAVED` (the caller does not keep them). */
  send: boolean;
}

/** What the rank-lists worker answers: the lists, or that it saved them without sending. */
export type RankListsReply = RankListsData | typeof SAVED;
export const SAVED = 'saved';

export interface RankListsTarget {
  db: IndexDatabase;
  /** Moves whenever rows change: lists built from older rows are thrown away. */
  generation: () => number;
  /** How many rows the index has now. */
  rows: () => number;
  /**
   * False for a process that never searches: the lists are built and saved
   * beside the index for the next one, and never come to this thread (≈ 36
   * MB at 100,000 articles, garbage here the moment they arrived).
   */
  keep: boolean;
  use: (lists: RankLists) => void;
  /** Without `keep`: the lists for the current rows are saved. */
  saved: () => void;
}

export interface RankListsConfig extends WorkerDb {
  /** Built parse-worker.js; without it the lists are built on the calling thread. */
  workerPath?: string;
  /**
   * Below this many rows no lists are built: FTS5 ranks every query of a
   * smaller index within a few ms on its own.
   */
  minRows: number;
  options: RankListsOptions;
}

/** Defaults for the app: lists from 20,000 articles, for words in 5% of them. */
export const RANK_LISTS_DEFAULTS = { minRows: 20_000, options: { minShare: 0.05, minDocs: 1_000 } } as const;

/** After the last change, wait this long before building: a run of saves then costs one build. */
const SETTLE_MS = 250;

/**
 * Builds the rank lists after the index settles and hands them to the
 * search, on a background worker thread (about 25 s of one core at 100,000
 * articles; the app answers every query through FTS5 meanwhile). Lists saved
 * beside the index for the same rows load instead (reopening a folder). Any
 * change to the rows stops a running build and starts over once changes
 * settle.
 */
export class RankListsBuilder {
  private timer: NodeJS.Timeout | undefined;
  private worker: Worker | undefined;
  private ready: Promise<void> = Promise.resolve();
  private settleReady: (() => void) | undefined;
  /** The rows generation the pending or running build is for. */
  private building: number | undefined;
  /** The last `hold()` stopped a pending or running build. */
  private held = false;
  /** Someone awaits `whenSettled`: the pending build must keep the process alive. */
  private awaited = false;
  private closed = false;

  constructor(
    private readonly target: RankListsTarget,
    private readonly config: RankListsConfig,
  ) {}

  /** Lists are wanted for the rows at `generation`: build them once changes settle, unless that is under way. */
  schedule(generation: number): void {
    if (this.closed || this.building === generation) return;
    this.cancel();
    if (this.target.rows() < this.config.minRows) {
      this.finish();
      return;
    }
    if (!this.settleReady) this.ready = new Promise((resolve) => (this.settleReady = resolve));
    this.building = generation;
    this.timer = setTimeout(() => this.build(), SETTLE_MS);
    if (!this.awaited) this.timer.unref();
  }

  /**
   * An index run is starting: stop building until it ends (it calls
   * `schedule` then). The two would share the cores, and the run is what the
   * editor waits for.
   */
  hold(): void {
    if (this.closed) return;
    this.held = this.building !== undefined || this.timer !== undefined || this.worker !== undefined;
    this.cancel();
  }

  /** Whether a build is pending (waiting for changes to settle) or running. */
  isBusy(): boolean {
    return this.building !== undefined;
  }

  /** Whether the last `hold()` stopped a build that was pending or running (so one is still owed). */
  wasHeld(): boolean {
    return this.held;
  }

  /**
   * Resolves when no build is pending or running (whether or not lists are
   * in use). Until then the build keeps the process alive, which it
   * otherwise never does (a CLI run must not wait for lists it will not use).
   */
  whenSettled(): Promise<void> {
    if (this.settleReady) {
      this.awaited = true;
      this.timer?.ref();
      this.worker?.ref();
    }
    return this.ready;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.cancel();
    this.finish();
  }

  private build(): void {
    this.timer = undefined;
    const scheduled = this.building;
    const generation = this.target.generation();
    const accept = (data: RankListsReply | null): void => {
      if (data !== null && !this.closed && generation === this.target.generation()) {
        if (data === SAVED) this.target.saved();
        else this.target.use(new RankLists(data, this.target.db));
      }
      // Cancelled meanwhile (rows changed): the run that changed them has scheduled the next build.
      if (this.building === scheduled) this.finish();
    };
    if (this.config.workerPath === undefined) {
      let data: RankListsReply | null = null;
      try {
        const built = loadOrBuildRankLists(this.target.db, rankListsFile(this.config.dbPath), this.config.options);
        data = this.target.keep ? built : SAVED;
      } catch (error) {
        warnFailed(error);
      }
      accept(data);
      return;
    }
    const { workerPath, dbPath, nativeBinding, options } = this.config;
    const input: RankListsWorkerInput = { role: 'rank-lists', dbPath, options, send: this.target.keep, ...(nativeBinding !== undefined && { nativeBinding }) };
    // Its heap collects at 1.3× what survives (the builder's allocations are short-lived); the flag is the process's, so for the build's time only.
    const loosen = tightenHeap();
    const worker = trimWhenGone(new Worker(workerPath, { workerData: input, resourceLimits: BUILDER_LIMITS }));
    if (!this.awaited) worker.unref();
    this.worker = worker;
    const done = (data: RankListsReply | null): void => {
      loosen();
      if (this.worker !== worker) return;
      this.worker = undefined;
      void worker.terminate();
      accept(data);
    };
    worker.on('message', (data: RankListsReply) => done(data));
    worker.on('error', (error) => {
      warnFailed(error);
      done(null);
    });
    worker.on('exit', () => done(null));
  }

  private cancel(): void {
    this.building = undefined;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const worker = this.worker;
    this.worker = undefined;
    if (worker) void worker.terminate();
  }

  private finish(): void {
    this.building = undefined;
    this.awaited = false;
    const settle = this.settleReady;
    this.settleReady = undefined;
    this.ready = Promise.resolve();
    settle?.();
  }
}

/**
 * The build runs right after an index run, while this thread counts the new
 * rows' groups: heap limits as for the index workers (index-workers.ts), so
 * its garbage does not pile up on top of theirs. It is background work, so
 * a few more collections cost nothing anyone waits for.
 */
const BUILDER_LIMITS = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: OLD_GENERATION_MB };

/** The lists only speed queries up: without them FTS5 answers. Say why, and go on. */
function warnFailed(error: unknown): void {
  warnFailure('building the rank lists failed (searches rank without them)', error);
}
