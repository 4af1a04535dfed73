import { langFromPath } from '@shared/paths/lang-from-path';

/** What the pairing needs to know about one file (from the index or a parse). */
export interface GroupInput {
  path: string;
  lang: string | null;
  externalId: string | null;
  translatedFrom: string | null;
  valid: boolean;
}

/** All files sharing one `externalId`, members sorted by path. */
export interface TranslationGroup {
  externalId: string;
  /** First member (by path) without `translatedFrom`, or null when the group has only translations. */
  original: string | null;
  members: GroupInput[];
}

export interface GroupAnalysis {
  /** Sorted by externalId. */
  groups: TranslationGroup[];
  /** Translations whose `translatedFrom` names no original in the set; sorted. */
  orphans: string[];
  /** Files claiming the same externalId and language; each list and the lists are sorted. */
  duplicates: string[][];
  /** Files whose `<slug>.<lang>.md` suffix disagrees with their `lang` field; sorted by path. */
  langMismatches: { path: string; lang: string; suffix: string }[];
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Pairs originals with translations and reports orphans, duplicates and
 * language mismatches. Invalid files take part when they have an id, so a
 * broken translation still shows up in its group. One sort, then maps.
 */
export function analyzeGroups(items: GroupInput[]): GroupAnalysis {
  const sorted = [...items].sort((a, b) => byText(a.path, b.path));
  const groups = new Map<string, TranslationGroup>();
  const originalIds = new Set<string>();
  const byIdAndLang = new Map<string, string[]>();
  const langMismatches: GroupAnalysis['langMismatches'] = [];

  for (const item of sorted) {
    const suffix = langFromPath(item.path);
    if (suffix !== null && item.lang !== null && suffix.toLowerCase() !== item.lang.toLowerCase()) {
      langMismatches.push({ path: item.path, lang: item.lang, suffix });
    }
    if (item.externalId === null) continue;

    let group = groups.get(item.externalId);
    if (!group) {
      group = { externalId: item.externalId, original: null, members: [] };
      groups.set(item.externalId, group);
    }
    group.members.push(item);
    if (item.translatedFrom === null) {
      originalIds.add(item.externalId);
      group.original ??= item.path;
    }

    const lang = item.lang ?? suffix;
    if (lang !== null) {
      // NUL cannot occur in an id read from YAML text, so the key is unambiguous.
      const key = `${item.externalId}\u0000${lang.toLowerCase()}`;
      const paths = byIdAndLang.get(key);
      if (paths) paths.push(item.path);
      else byIdAndLang.set(key, [item.path]);
    }
  }

  const orphans = sorted
    .filter((item) => item.translatedFrom !== null && !originalIds.has(item.translatedFrom))
    .map((item) => item.path);
  const duplicates = [...byIdAndLang.values()]
    .filter((paths) => paths.length > 1)
    .sort((a, b) => byText(a[0] ?? '', b[0] ?? ''));

  return {
    groups: [...groups.values()].sort((a, b) => byText(a.externalId, b.externalId)),
    orphans,
    duplicates,
    langMismatches,
  };
}
