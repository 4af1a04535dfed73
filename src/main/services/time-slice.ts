import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * Long loops on the server's thread (a folder review reads and checks every
 * file) call `pause()` between items; it lets other calls and I/O run once
 * the loop has held the thread for `sliceMs`, so no single review stalls
 * the server for more than about a frame plus one item's work.
 */
export function timeSlicer(sliceMs = 12): { pause(): Promise<void> } {
  let since = performance.now();
  return {
    async pause() {
      if (performance.now() - since < sliceMs) return;
      await nextTurn();
      since = performance.now();
    },
  };
}
