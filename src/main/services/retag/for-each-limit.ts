/**
 * Maps `items` through `task` with at most `limit` calls in flight, keeping
 * the order of results. Stops starting new calls once `signal` aborts (the
 * results of those are `undefined`). A worker yields to the event loop every
 * `yieldEvery` items, so synchronous work between awaits (parsing) never
 * starves the UI's requests at 10k files.
 */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<R>,
  opts: { signal?: AbortSignal; yieldEvery?: number } = {},
): Promise<Array<R | undefined>> {
  const results = new Array<R | undefined>(items.length);
  const yieldEvery = opts.yieldEvery ?? 64;
  let next = 0;
  const worker = async (): Promise<void> => {
    let sinceYield = 0;
    while (next < items.length && !opts.signal?.aborted) {
      const index = next++;
      results[index] = await task(items[index] as T, index);
      if (++sinceYield >= yieldEvery) {
        sinceYield = 0;
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
