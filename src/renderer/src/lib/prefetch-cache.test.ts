import { describe, expect, it } from 'vitest';
import { PrefetchCache } from './prefetch-cache';

function setup(ttlMs = 1000, maxEntries = 8) {
  let clock = 0;
  const loads: string[] = [];
  const cache = new PrefetchCache<string>(
    async (key) => {
      loads.push(key);
      return `${key}@${clock}`;
    },
    ttlMs,
    maxEntries,
    () => clock,
  );
  return { cache, loads, tick: (ms: number) => (clock += ms) };
}

describe('PrefetchCache', () => {
  it('hands a warmed load out once, while it is fresh', async () => {
    const { cache, loads, tick } = setup();
    cache.warm('a');
    cache.warm('a');
    expect(loads).toEqual(['a']);
    tick(500);
    await expect(cache.take('a')).resolves.toBe('a@0');
    expect(cache.take('a')).toBeNull();
  });

  it('gives nothing for an old load, and loads again when warmed after it aged', async () => {
    const { cache, loads, tick } = setup();
    cache.warm('a');
    tick(1000);
    expect(cache.take('a')).toBeNull();
    cache.warm('a');
    tick(1000);
    cache.warm('a');
    expect(loads).toEqual(['a', 'a', 'a']);
    await expect(cache.take('a')).resolves.toBe('a@2000');
  });

  it('forgets what changed on disk, and keeps only the newest entries', () => {
    const { cache } = setup(1000, 2);
    cache.warm('a');
    cache.warm('b');
    cache.forget(['a']);
    expect(cache.take('a')).toBeNull();
    cache.warm('c');
    cache.warm('d');
    expect(cache.take('b')).toBeNull();
    expect(cache.take('c')).not.toBeNull();
    expect(cache.take('d')).not.toBeNull();
    cache.warm('e');
    cache.clear();
    expect(cache.take('e')).toBeNull();
  });

  it('keeps a failed load from being unhandled', async () => {
    const cache = new PrefetchCache<string>(() => Promise.reject(new Error('gone')), 1000);
    cache.warm('a');
    await expect(cache.take('a')).rejects.toThrow('gone');
  });
});
