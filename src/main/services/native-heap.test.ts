import { describe, expect, it } from 'vitest';
import { collectGarbage } from './heap-budget';
import { trimNativeHeap } from './native-heap';

const glibc = process.platform === 'linux' && (process.report.getReport() as { header: { glibcVersionRuntime?: string } }).header.glibcVersionRuntime !== undefined;

describe.runIf(glibc)('trimNativeHeap (glibc)', () => {
  it('gives back the free pages between live allocations, which glibc keeps on its own', () => {
    // Every other buffer freed: the free memory lies between live chunks, where glibc's own trimming (the top only) never reaches.
    const buffers: (Buffer | null)[] = Array.from({ length: 8_000 }, () => Buffer.alloc(16_384, 1));
    for (let i = 0; i < buffers.length; i += 2) buffers[i] = null;
    // Collected (the buffers freed), not yet trimmed.
    collectGarbage();
    const before = process.memoryUsage().rss;
    expect(trimNativeHeap()).toBe(true);
    const given = before - process.memoryUsage().rss;
    expect(given).toBeGreaterThan(32 * 1024 * 1024);
    expect(buffers.filter((b) => b !== null)).toHaveLength(4_000);
  });
});

describe.runIf(!glibc)('trimNativeHeap (not glibc)', () => {
  it('does nothing', () => {
    expect(trimNativeHeap()).toBe(false);
  });
});
