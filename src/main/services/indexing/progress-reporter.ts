import type { IndexProgress } from '@shared/ipc/contract';

/**
 * Holds the current index progress and tells listeners at most every
 * `intervalMs` (a phase change, and the final idle, are always told).
 */
export class ProgressReporter {
  private current: IndexProgress = { phase: 'idle', done: 0, total: 0 };
  private lastEmit = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly emit: (progress: IndexProgress) => void,
    private readonly intervalMs = 100,
  ) {}

  get progress(): IndexProgress {
    return { ...this.current };
  }

  update(phase: IndexProgress['phase'], done: number, total: number): void {
    const phaseChanged = phase !== this.current.phase;
    this.current = { phase, done, total };
    const now = Date.now();
    if (phaseChanged || now - this.lastEmit >= this.intervalMs) {
      this.flush();
    } else if (this.timer === undefined) {
      // Make sure the last update of a burst is told too.
      this.timer = setTimeout(() => this.flush(), this.intervalMs - (now - this.lastEmit));
      this.timer.unref();
    }
  }

  private flush(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.lastEmit = Date.now();
    this.emit({ ...this.current });
  }

  dispose(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
