/**
 * Answers asked for ahead of need, kept briefly: a read started when the
 * user selects a row is taken by the pair view if the row is then opened.
 * An entry is handed out once, is dropped when it grows old (`ttlMs`) or when
 * its key changes on disk (`forget`), so an open never shows a stale file.
 */
export class PrefetchCache<T> {
  private readonly entries = new Map<string, { at: number; value: Promise<T> }>();

  constructor(
    private readonly load: (key: string) => Promise<T>,
    private readonly ttlMs: number,
    private readonly maxEntries = 8,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** Starts loading `key` unless a fresh load of it is already kept. */
  warm(key: string): void {
    const known = this.entries.get(key);
    if (known && this.now() - known.at < this.ttlMs) return;
    const value = this.load(key);
    // Unused prefetches fail quietly; the real read reports its own failure.
    value.catch(() => undefined);
    this.entries.delete(key);
    this.entries.set(key, { at: this.now(), value });
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
  }

  /** The kept load of `key` if it is fresh (and forgets it), else null. */
  take(key: string): Promise<T> | null {
    const known = this.entries.get(key);
    this.entries.delete(key);
    return known && this.now() - known.at < this.ttlMs ? known.value : null;
  }

  /** Drops kept loads of these keys (they changed). */
  forget(keys: Iterable<string>): void {
    for (const key of keys) this.entries.delete(key);
  }

  /** Drops every kept load. */
  clear(): void {
    this.entries.clear();
  }
}
