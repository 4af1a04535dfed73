/**
 * Which tags fit in a row's tag column. Whole chips only: a chip cut in half
 * ("IMMERSIO…") reads worse than `+2`. Widths are estimated in characters so
 * this stays a pure function (the column is a fixed width anyway).
 */
export interface FittedTags {
  shown: string[];
  hidden: string[];
}

/** Per-chip cost beyond its characters: padding and gap, in characters. */
const CHIP_OVERHEAD = 2.5;
/** Room kept for the `+N` chip when something is hidden. */
const MORE_WIDTH = 3;
/** A long tag is shown truncated to this many characters, so one tag never takes the whole column. */
export const MAX_TAG_CHARS = 14;

/** Fits tags into `budget` characters, in their order; at least one tag is always shown. */
export function fitTags(tags: readonly string[], budget: number): FittedTags {
  let used = 0;
  let count = 0;
  for (const tag of tags) {
    const cost = Math.min(tag.length, MAX_TAG_CHARS) + CHIP_OVERHEAD;
    const reserve = count + 1 < tags.length ? MORE_WIDTH : 0;
    if (count > 0 && used + cost + reserve > budget) break;
    used += cost;
    count++;
  }
  return { shown: tags.slice(0, count), hidden: tags.slice(count) };
}
