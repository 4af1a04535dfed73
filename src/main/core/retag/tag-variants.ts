import type { MatchCase } from '@shared/retag/operation';

/** Trims and turns every run of whitespace (including no-break spaces) into one space. */
const foldSpacing = (tag: string): string => tag.trim().replace(/\s+/g, ' ');

/**
 * The key two tags are compared by. `exact`: the tag itself, byte for byte.
 * `insensitive`: Unicode-normalised (NFC), spacing folded, lower-cased, so
 * `Mining`, `MINING` and ` mining ` are one tag.
 */
export function normaliseTag(tag: string, matchCase: MatchCase): string {
  if (matchCase === 'exact') return tag;
  return foldSpacing(tag.normalize('NFC')).toLowerCase();
}

/** One tag as counted by the index. */
export interface TagCount {
  tag: string;
  count: number;
  /** Count per language code, e.g. `{ en: 3, uk: 2 }`. */
  byLang: Record<string, number>;
}

export type TagGroupFlag =
  /** Used by one article only, in all variants together: often a typo. */
  | 'single-use'
  /** Variants differ in letter case (`Mining` / `MINING`). */
  | 'case-variants'
  /** Variants differ in spaces (`BITCOIN  MINING` / `BITCOIN MINING `). */
  | 'spacing-variants';

/** One row of the taxonomy view: every spelling of a tag, with totals. */
export interface TagGroup {
  /** The case-insensitive key shared by the variants. */
  key: string;
  /** Spellings, most used first. */
  variants: { tag: string; count: number }[];
  total: number;
  byLang: Record<string, number>;
  flags: TagGroupFlag[];
}

const distinct = (values: string[]): number => new Set(values).size;

/**
 * Groups tag counts whose spellings differ only in case or spacing, sums their
 * counts (in total and per language) and flags what an editor may want to
 * clean up. Rows come most used first, then by key.
 */
export function groupTagVariants(tags: readonly TagCount[]): TagGroup[] {
  const groups = new Map<string, TagCount[]>();
  for (const entry of tags) {
    const key = normaliseTag(entry.tag, 'insensitive');
    const group = groups.get(key);
    if (group) group.push(entry);
    else groups.set(key, [entry]);
  }
  const rows: TagGroup[] = [];
  for (const [key, entries] of groups) {
    const byLang: Record<string, number> = {};
    for (const entry of entries) {
      for (const [lang, count] of Object.entries(entry.byLang)) byLang[lang] = (byLang[lang] ?? 0) + count;
    }
    const total = entries.reduce((sum, entry) => sum + entry.count, 0);
    const spellings = entries.map((entry) => entry.tag.normalize('NFC'));
    const flags: TagGroupFlag[] = [];
    if (total === 1) flags.push('single-use');
    // Within a group, spellings that still differ once spacing is folded differ in case, and vice versa.
    if (distinct(spellings.map(foldSpacing)) > 1) flags.push('case-variants');
    if (distinct(spellings.map((tag) => tag.toLowerCase())) > 1) flags.push('spacing-variants');
    const variants = entries
      .map(({ tag, count }) => ({ tag, count }))
      .sort((a, b) => b.count - a.count || compareText(a.tag, b.tag));
    rows.push({ key, variants, total, byLang, flags });
  }
  return rows.sort((a, b) => b.total - a.total || compareText(a.key, b.key));
}

/** Code-point order: stable across machines and locales, unlike localeCompare. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
