import { describe, expect, it } from 'vitest';
import { MAX_PAGE, pathsExcept, pathsInRange } from './resolve-selection';
import type { PathPageFetcher } from './resolve-selection';

/** A query result of `n` rows named r0.md … r(n-1).md, answering pages like articles.query and logging the calls. */
function result(n: number): { fetch: PathPageFetcher; calls: [number, number][] } {
  const calls: [number, number][] = [];
  const all = Array.from({ length: n }, (_, i) => `r${i}.md`);
  return {
    calls,
    fetch: (offset, limit) => {
      calls.push([offset, limit]);
      return Promise.resolve({ total: n, paths: all.slice(offset, offset + limit) });
    },
  };
}

describe('pathsInRange', () => {
  it('uses loaded rows and fetches only the gaps', async () => {
    const { fetch, calls } = result(20);
    const loaded = new Set([3, 4, 8]);
    const paths = await pathsInRange(9, 3, (i) => (loaded.has(i) ? `r${i}.md` : undefined), fetch);
    expect(paths).toEqual(['r3.md', 'r4.md', 'r5.md', 'r6.md', 'r7.md', 'r8.md', 'r9.md']);
    expect(calls).toEqual([
      [5, 3],
      [9, 1],
    ]);
  });

  it('stops at the end of the result', async () => {
    const { fetch } = result(4);
    expect(await pathsInRange(2, 10, () => undefined, fetch)).toEqual(['r2.md', 'r3.md']);
  });

  it('fetches long gaps in pages the server accepts', async () => {
    const { fetch, calls } = result(1200);
    const paths = await pathsInRange(0, 1199, () => undefined, fetch);
    expect(paths).toHaveLength(1200);
    expect(calls.every(([, limit]) => limit <= MAX_PAGE)).toBe(true);
  });
});

describe('pathsExcept', () => {
  it('lists every matching path except the excluded ones, across pages', async () => {
    const { fetch, calls } = result(1001);
    const progress: number[] = [];
    const paths = await pathsExcept(new Set(['r0.md', 'r1000.md']), fetch, { onProgress: (done) => progress.push(done) });
    expect(paths).toHaveLength(999);
    expect(paths[0]).toBe('r1.md');
    expect(calls.map(([offset]) => offset)).toEqual([0, 500, 1000]);
    expect(progress).toEqual([500, 1000, 1001]);
  });

  it('gives up when cancelled', async () => {
    const { fetch } = result(10);
    const controller = new AbortController();
    controller.abort();
    await expect(pathsExcept(new Set(), fetch, { signal: controller.signal })).rejects.toThrow(/cancelled/);
  });
});
