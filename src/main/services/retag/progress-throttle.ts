/** One `retag.progress` event. */
export interface RetagProgress {
  planId: string;
  done: number;
  total: number;
}

export type ProgressSink = (progress: RetagProgress) => void;

/**
 * Reports progress at most every `intervalMs` (and always the first and last
 * step), so 10k files make a few dozen events, not 10k.
 */
export function throttledProgress(planId: string, total: number, sink: ProgressSink | undefined, intervalMs = 100): (done: number) => void {
  let last = -Infinity;
  return (done) => {
    if (!sink) return;
    const now = performance.now();
    if (done !== 0 && done < total && now - last < intervalMs) return;
    last = now;
    sink({ planId, done, total });
  };
}
