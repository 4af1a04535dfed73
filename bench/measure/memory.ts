import { readFileSync } from 'node:fs';

/** Peak resident set size seen by polling, in bytes. Worker threads share the process, so they count. */
export interface RssSampler {
  /** Samples once more and stops; returns the peak. */
  stop(): number;
}

/**
 * Polls `process.memoryUsage().rss`. A busy main thread delays samples, so
 * this can miss short peaks; `peakRssFromKernel` is the authoritative figure.
 */
export function startRssSampler(intervalMs = 25): RssSampler {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, intervalMs);
  timer.unref();
  return {
    stop: () => {
      clearInterval(timer);
      peak = Math.max(peak, process.memoryUsage().rss);
      return peak;
    },
  };
}

/** The kernel's high-water mark of this process's RSS (`VmHWM`), in bytes; undefined off Linux. */
export function peakRssFromKernel(): number | undefined {
  try {
    const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    return match?.[1] === undefined ? undefined : Number(match[1]) * 1024;
  } catch {
    return undefined;
  }
}
