/** Watches the event loop for stalls while something runs on this thread. */
export interface StallWatch {
  /** Lets an overdue tick land, stops, and returns the longest stall seen, ms. */
  stop(): Promise<number>;
}

/**
 * Ticks every `intervalMs` and keeps the longest gap beyond it. Unlike
 * `monitorEventLoopDelay`, whose sample of a block lands only on the tick
 * after it, `stop()` waits for that tick: a block that ends just before
 * the work resolves is still counted.
 */
export function watchStalls(intervalMs = 5): StallWatch {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last - intervalMs);
    last = now;
  }, intervalMs);
  return {
    async stop() {
      await new Promise((resolve) => setTimeout(resolve, intervalMs * 2));
      clearInterval(timer);
      return Math.max(0, longest);
    },
  };
}
