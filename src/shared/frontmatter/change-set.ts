import type { TextChange } from './text-change';

/** A change plus its order among changes at the same offset: deeper inserts (a child of a group ending there) first. */
export interface PlannedChange extends TextChange {
  rank: number;
}

/**
 * Sorts planned changes, merges touching ones, drops those that would not
 * change the text, and reports overlaps (two edits claiming the same bytes)
 * as null.
 */
export function finishChanges(source: string, planned: readonly PlannedChange[]): TextChange[] | null {
  const sorted = [...planned].sort((a, b) => a.from - b.from || a.to - b.to || a.rank - b.rank);
  const merged: TextChange[] = [];
  for (const change of sorted) {
    const previous = merged[merged.length - 1];
    if (previous && change.from < previous.to) return null;
    if (previous && change.from === previous.to) {
      previous.to = change.to;
      previous.insert += change.insert;
    } else {
      merged.push({ from: change.from, to: change.to, insert: change.insert });
    }
  }
  return merged.filter((change) => source.slice(change.from, change.to) !== change.insert);
}
