import type { RetagOperation } from './retag-operation';
import { normaliseTag } from './tag-variants';

/** One tag of a file: its YAML value (kept as is, so `2026` stays a number) and its text for matching. */
export interface TagItem {
  value: string | number | boolean;
  text: string;
}

/**
 * Applies an operation to one list of tags, in this order: remove every
 * match; rename in place (each tag at most once, so `A→B, B→C` does not
 * chain); keep only the first occurrence of a rename target; append added
 * tags that are not already there. Matching follows `op.matchCase`.
 * Tags the operation does not touch keep their position and spelling,
 * duplicates included.
 */
export function retagTags(tags: readonly TagItem[], op: RetagOperation): TagItem[] {
  const key = (tag: string): string => normaliseTag(tag, op.matchCase);
  const removed = new Set(op.remove.map(key));
  const renamed = new Map<string, string>();
  for (const { from, to } of op.rename) if (!renamed.has(key(from))) renamed.set(key(from), to);
  const targets = new Set([...renamed.values()].map(key));

  const result: TagItem[] = [];
  const present = new Set<string>();
  for (const item of tags) {
    const itemKey = key(item.text);
    if (removed.has(itemKey)) continue;
    const to = renamed.get(itemKey);
    const next = to === undefined ? item : { value: to, text: to };
    const nextKey = to === undefined ? itemKey : key(to);
    if (targets.has(nextKey) && present.has(nextKey)) continue;
    present.add(nextKey);
    result.push(next);
  }
  for (const tag of op.add) {
    const tagKey = key(tag);
    if (present.has(tagKey)) continue;
    present.add(tagKey);
    result.push({ value: tag, text: tag });
  }
  return result;
}
