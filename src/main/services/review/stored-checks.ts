import type { Check } from '../../core/review';
import type { PairChecksTable } from '../../db/review-facts';
import { sha256Hex } from './review-file';

/**
 * Bump whenever a consistency check changes what it finds or says: results
 * stored under another version are then computed again.
 */
// 2: links kept in the translation's locale folder, and changed heading anchors, are no longer missing.
// 3: results no longer hold `length` (the review adds it from the stored body lengths) nor depend on the length bands;
//    untranslated:block asks the language model only about blocks most of whose words are the original's.
export const CHECKS_VERSION = 3;

/** Check results kept across runs and processes (the index's `pair_checks`). */
export interface CheckStore {
  /** The checks stored for `path` under `key`, or undefined. */
  get(path: string, key: string): Check[] | undefined;
  /** Only their ids (no messages to parse), or undefined. The list may be shared and frozen: replace it, never change it. */
  ids(path: string, key: string): string[] | undefined;
  /** Stores results, replacing each path's earlier ones. */
  putMany(rows: readonly { path: string; key: string; checks: Check[] }[]): void;
}

/** What one translation's checks depend on besides the code: both files, and what the review judges them by. */
export interface CheckInputs {
  /** A hash of the collection's check rules (as JSON). */
  rules: string;
  path: string;
  hash: string;
  source: { path: string; hash: string } | null;
  originalExists: boolean;
  duplicate: boolean;
}

/** The key stored results are valid under: a hash of `CHECKS_VERSION` and every input. */
export function checksKey(inputs: CheckInputs): string {
  const { rules, path, hash, source, originalExists, duplicate } = inputs;
  return sha256Hex(JSON.stringify([CHECKS_VERSION, rules, path, hash, source?.path ?? null, source?.hash ?? null, originalExists, duplicate]));
}

/** A `CheckStore` over the index's table. */
export function indexCheckStore(table: PairChecksTable): CheckStore {
  // One list per distinct set of ids, shared: a few dozen sets recur across tens of thousands of translations, whose entries hold them all at once.
  const idLists = new Map<string, string[]>();
  return {
    get: (path, key) => {
      const json = table.get(path, key);
      return json === undefined ? undefined : (JSON.parse(json) as Check[]);
    },
    ids: (path, key) => {
      const ids = table.ids(path, key);
      if (ids === undefined) return undefined;
      let list = idLists.get(ids);
      if (!list) idLists.set(ids, (list = Object.freeze(ids === '' ? [] : ids.split(' ')) as string[]));
      return list;
    },
    putMany: (rows) => table.putMany(rows.map(storedRow)),
  };
}

/** A row of `pair_checks`: the checks as JSON, and their ids apart (a review reads only those). */
export function storedRow({ path, key, checks }: { path: string; key: string; checks: Check[] }): { path: string; key: string; checks: string; ids: string } {
  return { path, key, checks: JSON.stringify(checks), ids: checks.map((c) => c.id).join(' ') };
}
