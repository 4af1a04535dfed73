import { splitLanguageSuffix } from '../model/pairing-rules';

/**
 * Of a group's originals, the one a translation at `path` pairs with: the
 * one beside it by name (`2026/01/foo.en.md` for `2026/01/foo.uk.md`), else
 * the first by path. Only a group with duplicate originals (two files of one
 * key in the source language) has a choice to make, and comparing a
 * translation with another article's original reports every date, heading
 * and tag it does not share.
 */
export function pickOriginal<T extends { path: string }>(path: string, originals: readonly T[]): T | null {
  if (originals.length <= 1) return originals[0] ?? null;
  const stem = splitLanguageSuffix(path).stem;
  return originals.find((original) => splitLanguageSuffix(original.path).stem === stem) ?? originals[0] ?? null;
}
