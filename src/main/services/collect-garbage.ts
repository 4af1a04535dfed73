import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | null | undefined;

/**
 * A full garbage collection of this thread's heap, now; false where the
 * runtime refuses (then nothing happens).
 *
 * V8 collects when a thread allocates. A thread that has just built and
 * dropped a large structure and then only waits — the main thread while
 * worker threads check 60,000 translations for a minute and more — keeps
 * that garbage, hundreds of MB at 100,000 files, for the whole wait: the
 * process's peak is then the garbage plus the workers. Called at such a
 * boundary, this returns it first. The `gc` function is taken from a fresh
 * context made while it is exposed, as jest's leak detector does; no other
 * context or thread gets it.
 */
export function collectGarbage(): boolean {
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
  return gc !== null;
}
