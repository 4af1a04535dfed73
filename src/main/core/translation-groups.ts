/** What the pairing needs to know about one file (from the index or a parse; see `extractMeta`). */
export interface GroupInput {
  path: string;
  /** The file's collection; null when it is in none (then it is in no group). */
  collection: string | null;
  lang: string | null;
  /** The language the path says under the collection's rule (suffix or locale folder), or null. */
  pathLang: string | null;
  /** Group within the collection, from its pairing rule (`placeFile`). */
  groupKey: string | null;
  /** Group key of the original this file translates; null for an original. */
  translatedFrom: string | null;
  valid: boolean;
}

/** All files of one collection sharing one group key, members sorted by path. */
export interface TranslationGroup {
  collection: string;
  groupKey: string;
  /** First member (by path) that is an original (no `translatedFrom`), or null when the group has only translations. */
  original: string | null;
  members: GroupInput[];
}

export interface GroupAnalysis {
  /** Sorted by collection, then group key. */
  groups: TranslationGroup[];
  /** Translations whose `translatedFrom` names no original in their collection; sorted. */
  orphans: string[];
  /** Files of one collection in the same group and language; each list and the lists are sorted. */
  duplicates: string[][];
  /**
   * Files whose path (the suffix or locale folder the collection's rule
   * reads) names another language than their language field; sorted by path.
   * `suffix` is the path's language, whichever part of the path says it.
   */
  langMismatches: { path: string; lang: string; suffix: string }[];
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** NUL cannot occur in a collection name, a key read from frontmatter text or a path, so joined keys are unambiguous. */
const join = (...parts: string[]): string => parts.join('\u0000');

/**
 * Pairs originals with translations per (collection, group key) and reports
 * orphans, duplicates and language mismatches: the one function every view
 * and the CLI count these with. Invalid files take part when they have a
 * group, so a broken translation still shows up in it. One sort, then maps.
 */
export function analyzeGroups(items: GroupInput[]): GroupAnalysis {
  const sorted = [...items].sort((a, b) => byText(a.path, b.path));
  const groups = new Map<string, TranslationGroup>();
  const originals = new Set<string>();
  const byGroupAndLang = new Map<string, string[]>();
  const langMismatches: GroupAnalysis['langMismatches'] = [];

  for (const item of sorted) {
    if (item.pathLang !== null && item.lang !== null && item.pathLang.toLowerCase() !== item.lang.toLowerCase()) {
      langMismatches.push({ path: item.path, lang: item.lang, suffix: item.pathLang });
    }
    if (item.groupKey === null || item.collection === null) continue;

    const key = join(item.collection, item.groupKey);
    let group = groups.get(key);
    if (!group) {
      group = { collection: item.collection, groupKey: item.groupKey, original: null, members: [] };
      groups.set(key, group);
    }
    group.members.push(item);
    if (item.translatedFrom === null) {
      originals.add(key);
      group.original ??= item.path;
    }

    const lang = item.lang ?? item.pathLang;
    if (lang !== null) {
      const langKey = join(key, lang.toLowerCase());
      const paths = byGroupAndLang.get(langKey);
      if (paths) paths.push(item.path);
      else byGroupAndLang.set(langKey, [item.path]);
    }
  }

  const orphans = sorted
    .filter((item) => item.translatedFrom !== null && item.collection !== null && !originals.has(join(item.collection, item.translatedFrom)))
    .map((item) => item.path);
  const duplicates = [...byGroupAndLang.values()]
    .filter((paths) => paths.length > 1)
    .sort((a, b) => byText(a[0] ?? '', b[0] ?? ''));

  return {
    groups: [...groups.values()].sort((a, b) => byText(a.collection, b.collection) || byText(a.groupKey, b.groupKey)),
    orphans,
    duplicates,
    langMismatches,
  };
}
