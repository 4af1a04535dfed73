import { Worker } from 'node:worker_threads';
import { analysePair, type PairAnalysis, type PairAnalysisInput } from '../../core/review/pair-analysis';
import { trimWhenGone } from '../native-heap';

/** Main thread → analysis worker. */
export interface AnalyseRequest {
  id: number;
  input: PairAnalysisInput;
}

/** Analysis worker → main thread. */
export type AnalyseReply = { id: number; analysis: PairAnalysis } | { id: number; error: string };

/** workerData of the worker's analyse role. */
export interface AnalyseWorkerInput {
  role: 'analyse';
}

const CACHE_SIZE = 32;
/** An idle worker is stopped after this long; the next pair starts a new one (≈40 ms). */
const IDLE_MS = 60_000;

interface Pending {
  resolve: (analysis: PairAnalysis) => void;
  reject: (error: Error) => void;
}

/**
 * Runs pair analyses (a few hundred milliseconds for a 1.5 MB article) off the
 * main thread, so the server keeps answering the reads of the pair view — or
 * of the next article — meanwhile. Results are kept for recently opened pairs
 * by a key of both files' bytes and the group facts, and a second request for
 * a pair still being analysed shares the first one's answer. Without a built
 * worker (tests, plain tsx) the analysis runs on the calling thread.
 */
export class PairAnalyst {
  private readonly cache = new Map<string, Promise<PairAnalysis>>();
  private readonly pending = new Map<number, Pending>();
  private worker: Worker | null = null;
  private nextId = 1;
  private idleTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly workerPath?: string) {}

  /** The analysis of `key`; `input` is only called when it is not known yet. */
  analyse(key: string, input: () => PairAnalysisInput): Promise<PairAnalysis> {
    const known = this.cache.get(key);
    if (known) {
      this.cache.delete(key);
      this.cache.set(key, known);
      return known;
    }
    const running = this.run(input());
    this.cache.set(key, running);
    if (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as string);
    // A failure is not remembered: the next request tries again.
    running.catch(() => {
      if (this.cache.get(key) === running) this.cache.delete(key);
    });
    return running;
  }

  /**
   * Starts the worker ahead of the first pair, so that loading its code
   * happens while the user looks at the list, not while the next article opens.
   */
  prepare(): void {
    if (this.workerPath !== undefined) this.ensureWorker(this.workerPath);
  }

  /** Stops the worker; pending analyses fail. */
  async close(): Promise<void> {
    this.cache.clear();
    await this.stopWorker(new Error('The workspace was closed.'));
  }

  private async run(input: PairAnalysisInput): Promise<PairAnalysis> {
    if (this.workerPath === undefined) {
      // Let pending I/O (the pane's own reads) answer before this parse blocks the thread.
      await new Promise((resolve) => setImmediate(resolve));
      return analysePair(input);
    }
    const worker = this.ensureWorker(this.workerPath);
    const id = this.nextId++;
    return new Promise<PairAnalysis>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.clearIdle();
      worker.postMessage({ id, input } satisfies AnalyseRequest);
    });
  }

  private ensureWorker(workerPath: string): Worker {
    if (this.worker) return this.worker;
    const worker = trimWhenGone(new Worker(workerPath, { workerData: { role: 'analyse' } satisfies AnalyseWorkerInput }));
    // An idle analyst must not keep a CLI process alive.
    worker.unref();
    worker.on('message', (reply: AnalyseReply) => this.settle(reply));
    worker.on('error', (error) => void this.stopWorker(error));
    worker.on('exit', (code) => {
      if (this.worker === worker) void this.stopWorker(new Error(`The pair analysis worker stopped (exit code ${code}).`));
    });
    this.worker = worker;
    return worker;
  }

  private settle(reply: AnalyseReply): void {
    const waiting = this.pending.get(reply.id);
    if (!waiting) return;
    this.pending.delete(reply.id);
    if ('error' in reply) waiting.reject(new Error(reply.error));
    else waiting.resolve(reply.analysis);
    if (this.pending.size === 0) this.idleTimer = setTimeout(() => void this.stopWorker(null), IDLE_MS).unref();
  }

  private clearIdle(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }

  private async stopWorker(reason: Error | null): Promise<void> {
    this.clearIdle();
    const worker = this.worker;
    this.worker = null;
    const pending = [...this.pending.values()];
    this.pending.clear();
    for (const waiting of pending) waiting.reject(reason ?? new Error('The pair analysis worker was stopped.'));
    if (worker) await worker.terminate();
  }
}
