import type { Check } from '@shared/review';
import type { CheckStore } from './stored-checks';

/** The checks `checkConsistency` reports after `length` (the review adds `length` itself: see pair-checks.ts). */
const AFTER_LENGTH: ReadonlySet<string> = new Set(['repetition', 'numbers', 'date']);

/** `item` inserted where `length` goes in a list of checks in `checkConsistency`'s order. */
export function withLength<T>(list: readonly T[], item: T, idOf: (t: T) => string): T[] {
  const at = list.findIndex((t) => AFTER_LENGTH.has(idOf(t)));
  return at < 0 ? [...list, item] : [...list.slice(0, at), item, ...list.slice(at)];
}

/**
 * Where each translation's findings (the checks with their messages) can be
 * had, so that a review keeps only their ids: at 100,000 files the
 * messages of every translation were most of a review's memory, and only
 * the findings of the few a person or the human-readable report looks at
 * are ever read. Results the index stores are read again from it; others
 * (made up by the review, or not storable) are kept here.
 */
export class ReviewFindings {
  private readonly lists = new Map<string, Check[]>();
  private readonly storedKeys = new Map<string, string>();
  private readonly lengths = new Map<string, Check>();

  constructor(private readonly store: CheckStore | undefined) {}

  /** The findings of `path`, kept here. */
  keep(path: string, checks: Check[]): void {
    this.lists.set(path, checks);
    this.storedKeys.delete(path);
  }

  /** The findings of `path` are the index's, under `key`. */
  storedUnder(path: string, key: string): void {
    this.storedKeys.set(path, key);
    this.lists.delete(path);
  }

  /** `length` fired for `path` too. */
  addLength(path: string, check: Check): void {
    this.lengths.set(path, check);
  }

  /** Every finding of `path` in `checkConsistency`'s order; empty when none (or when the index no longer holds them). */
  of(path: string): Check[] {
    const key = this.storedKeys.get(path);
    const base = this.lists.get(path) ?? (key !== undefined ? this.store?.get(path, key) : undefined) ?? [];
    const length = this.lengths.get(path);
    return length ? withLength(base, length, (c) => c.id) : base;
  }
}
