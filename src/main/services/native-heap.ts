import { createRequire } from 'node:module';
import type { Worker } from 'node:worker_threads';
import type Koffi from 'koffi';

type Trim = (pad: number) => number;

let trim: Trim | null | undefined;

/**
 * Hands the memory the C allocator holds free back to the system; false
 * where there is nothing to do (not glibc, or the binding cannot load).
 *
 * glibc's malloc keeps what a thread frees in that thread's arena and gives
 * back only the arena's top. Worker threads (parse, write, check, rank
 * lists), V8's helper threads and SQLite allocate and free hundreds of MB
 * across an index run, so at 100,000 files the arenas ended a review holding
 * ≈ 180 MB resident of which ≈ 10 MB was in use (`malloc_stats`). Only
 * `malloc_trim` returns the free pages inside them; Ruby's GC calls it after
 * each major collection for the same reason. It takes a few ms.
 */
export function trimNativeHeap(): boolean {
  if (trim === undefined) trim = loadTrim();
  return trim !== null && trim(0) === 1;
}

function loadTrim(): Trim | null {
  if (process.platform !== 'linux') return null;
  try {
    // Loaded on first use, and only here: a machine where the FFI binding is missing loses the trimming, nothing else.
    const koffi = createRequire(__filename)('koffi') as typeof Koffi;
    // musl has no libc.so.6 (and no arenas to trim): the load fails and this returns null.
    return koffi.load('libc.so.6').func('int malloc_trim(size_t pad)') as Trim;
  } catch {
    return null;
  }
}

let trimQueued = false;

/**
 * Trims once `worker` has exited: a thread's arena outlives it, holding all
 * it freed. Workers that end together share one trim.
 */
export function trimWhenGone(worker: Worker): Worker {
  worker.once('exit', () => {
    if (trimQueued) return;
    trimQueued = true;
    setImmediate(() => {
      trimQueued = false;
      trimNativeHeap();
    }).unref();
  });
  return worker;
}
