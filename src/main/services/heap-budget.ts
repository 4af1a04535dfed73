import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { trimNativeHeap } from './native-heap';

let gc: (() => void) | null | undefined;

/**
 * Files to read from which an index run is large: this thread's garbage is
 * returned once the workers have its plan (`runInWorkers`), and after the run
 * (`Workspace.update`) or after its summary (`Workspace.index`).
 */
export const LARGE_RUN = 20_000;

/**
 * Returns what this process no longer uses to the system, now: a full
 * garbage collection of this thread's heap (nothing where the runtime
 * refuses), then the free memory the C allocator holds (`trimNativeHeap`).
 *
 * V8 collects when a thread allocates. A thread that has just built and
 * dropped a large structure and then only waits — the main thread while
 * worker threads check 60,000 translations for a minute and more — keeps
 * that garbage, hundreds of MB at 100,000 files, for the whole wait: the
 * process's peak is then the garbage plus the workers. Called at such a
 * boundary, this returns it first.
 */
export function releaseMemory(): void {
  collectGarbage();
  trimNativeHeap();
}

/**
 * A full collection of this thread's heap only (see `releaseMemory`): for a
 * worker thread between two jobs. The `gc` function is taken from a fresh
 * context made while it is exposed, as jest's leak detector does; no other
 * context or thread gets it.
 */
export function collectGarbage(): void {
  if (gc === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      gc = runInNewContext('gc') as () => void;
    } catch {
      gc = null;
    } finally {
      // Contexts and threads made later get no `gc`.
      setFlagsFromString('--no-expose-gc');
    }
  }
  gc?.();
}

/** Old-generation growth over the live heap while tight: V8's default lets it grow 2–4× before a major collection. */
const TIGHT_GROWTH_PERCENT = 30;
let tightDepth = 0;

/**
 * Runs `work` with V8 collecting when the old generation has grown 30 %
 * past what survived the last collection, instead of letting it double or
 * more: for building a review of a whole archive, most of whose allocations
 * are garbage a moment later. Measured on the 100,000-article corpus, the
 * review's peak RSS falls from 688 to 542 MB for ~1 s more of collections
 * (7.9 → 8.9 s). The flag is process-wide (worker threads too) and read at
 * each collection; nested or overlapping calls restore V8's own growth when
 * the last one ends.
 */
export async function withTightHeap<T>(work: () => Promise<T>): Promise<T> {
  const release = tightenHeap();
  try {
    return await work();
  } finally {
    release();
  }
}

/** `withTightHeap` for work that ends in a callback: tightens now, and returns what restores it (once). */
export function tightenHeap(): () => void {
  if (tightDepth++ === 0) setFlagsFromString(`--heap-growing-percent=${TIGHT_GROWTH_PERCENT}`);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    // 0: V8 chooses the growth again.
    if (--tightDepth === 0) setFlagsFromString('--heap-growing-percent=0');
  };
}
