import type { ContentModel } from '@shared/model/content-model';
import type { TranslationStatus } from '@shared/review';
import { groupByPath } from './repair/group-by-path';

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
  /**
   * False when the frontmatter cannot be read at all (lost, broken YAML): a
   * key rule then cannot place the file, and its path does (see `groupByPath`).
   * Default true.
   */
  readable?: boolean;
  /** A translation's review status, where the caller knows it (review does; the index not yet). */
  status?: TranslationStatus | null;
}

/** What counting needs to know of a collection of the content model. */
export interface CollectionFacts {
  /** The collection's root folder, relative to the site (how the path rules read a path). */
  root: string;
  /** The collection's languages; the languages its files have are added. */
  languages: readonly string[];
  sourceLanguage: string;
}

/** What `analyzeGroups` needs of each collection of a model, by name. */
export function collectionFacts(model: Pick<ContentModel, 'collections'> | undefined): Map<string, CollectionFacts> {
  return new Map((model?.collections ?? []).map((c) => [c.name, { root: c.root, languages: c.languages, sourceLanguage: c.sourceLanguage }]));
}

export interface GroupOptions {
  /** By collection name. Without it a collection's languages are those its files have, and its source language is unknown. */
  collections?: ReadonlyMap<string, CollectionFacts>;
}

/** A group with an original and no file in some of its collection's languages. */
export interface MissingTranslations {
  collection: string;
  groupKey: string;
  /** Lower case, sorted; never the collection's source language. */
  langs: string[];
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
  /** Files that are not valid under their collection's schema (unreadable frontmatter included); sorted. */
  invalid: string[];
  /** Per group with an original, the collection's languages it has no file in; sorted by collection, then group key. */
  missing: MissingTranslations[];
  /** Translations whose review status is `needs-work`; sorted. */
  needsWork: string[];
  /** Unreadable files placed in a group by their path (the original beside them), path → that original. */
  placedByPath: Map<string, string>;
}

/** Counts of `missing` per language (lower case), optionally of one collection. */
export function missingByLang(missing: readonly MissingTranslations[], collection?: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const group of missing) {
    if (collection !== undefined && group.collection !== collection) continue;
    for (const lang of group.langs) counts[lang] = (counts[lang] ?? 0) + 1;
  }
  return counts;
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** NUL cannot occur in a collection name, a key read from frontmatter text or a path, so joined keys are unambiguous. */
const join = (...parts: string[]): string => parts.join('\u0000');

/**
 * Pairs originals with translations per (collection, group key) and counts
 * what is wrong with them: orphans, missing translations, duplicates,
 * language mismatches, invalid files and translations needing work. THE one
 * function every view and the CLI count these with — Problems, the library,
 * `copydesk index`, the Review tab and `copydesk review` — so they agree.
 * Invalid files take part when they have a group, so a broken translation
 * still shows up in it; one whose frontmatter cannot be read is first placed
 * by its path. One sort, then maps.
 */
export function analyzeGroups(items: readonly GroupInput[], options: GroupOptions = {}): GroupAnalysis {
  const placedByPath = new Map<string, string>();
  const sorted = placeUnreadable(items, options, placedByPath).sort((a, b) => byText(a.path, b.path));
  const groups = new Map<string, TranslationGroup>();
  const originals = new Set<string>();
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
  }

  const sourceOf = (collection: string | null): string | undefined =>
    collection === null ? undefined : options.collections?.get(collection)?.sourceLanguage.toLowerCase();
  const orphans = sorted
    .filter((item) => {
      if (item.collection === null) return false;
      if (item.translatedFrom !== null) return !originals.has(join(item.collection, item.translatedFrom));
      // Unreadable, in no group, in another language than the source's: a translation whose original nothing names.
      const lang = (item.lang ?? item.pathLang)?.toLowerCase();
      const source = sourceOf(item.collection);
      return item.readable === false && item.groupKey === null && lang !== undefined && source !== undefined && lang !== source;
    })
    .map((item) => item.path);
  const duplicates = duplicatesIn(groups.values()).sort((a, b) => byText(a[0] ?? '', b[0] ?? ''));

  const sortedGroups = [...groups.values()].sort((a, b) => byText(a.collection, b.collection) || byText(a.groupKey, b.groupKey));

  return {
    groups: sortedGroups,
    orphans,
    duplicates,
    langMismatches,
    invalid: sorted.filter((item) => !item.valid).map((item) => item.path),
    missing: missingOf(sortedGroups, sorted, options),
    needsWork: sorted.filter((item) => item.translatedFrom !== null && item.status === 'needs-work').map((item) => item.path),
    placedByPath,
  };
}

/**
 * Per group, the paths of each language it has more than one file in (in
 * path order, as members are). Group by group: one map across the whole
 * archive held a key and a list for every file.
 */
function duplicatesIn(groups: Iterable<TranslationGroup>): string[][] {
  const duplicates: string[][] = [];
  for (const group of groups) {
    if (group.members.length < 2) continue;
    const byLang = new Map<string, string[]>();
    for (const member of group.members) {
      const lang = member.lang ?? member.pathLang;
      if (lang === null) continue;
      const paths = byLang.get(lang.toLowerCase());
      if (paths) paths.push(member.path);
      else byLang.set(lang.toLowerCase(), [member.path]);
    }
    for (const paths of byLang.values()) if (paths.length > 1) duplicates.push(paths);
  }
  return duplicates;
}

/**
 * Per group with an original, the languages of its collection (the model's
 * and those its files have) it has no file in, the source language aside.
 */
function missingOf(groups: readonly TranslationGroup[], items: readonly GroupInput[], options: GroupOptions): MissingTranslations[] {
  const langsOf = new Map<string, Set<string>>();
  for (const [name, facts] of options.collections ?? []) langsOf.set(name, new Set(facts.languages.map((l) => l.toLowerCase())));
  for (const item of items) {
    const lang = item.lang ?? item.pathLang;
    if (item.collection === null || lang === null) continue;
    let langs = langsOf.get(item.collection);
    if (!langs) langsOf.set(item.collection, (langs = new Set()));
    langs.add(lang.toLowerCase());
  }
  const missing: MissingTranslations[] = [];
  for (const group of groups) {
    if (group.original === null) continue;
    const source = options.collections?.get(group.collection)?.sourceLanguage.toLowerCase();
    const present = new Set(group.members.flatMap((m) => { const lang = m.lang ?? m.pathLang; return lang === null ? [] : [lang.toLowerCase()]; }));
    const langs = [...(langsOf.get(group.collection) ?? [])].filter((l) => l !== source && !present.has(l)).sort(byText);
    if (langs.length > 0) missing.push({ collection: group.collection, groupKey: group.groupKey, langs });
  }
  return missing;
}

/**
 * The items, each unreadable file that its rule left without a group (a key
 * rule reads the key from the frontmatter it lost) put in the group of the
 * original beside it by path — the same name with another suffix, the same
 * path in another locale folder — as a translation of it. Fills `placed`.
 */
function placeUnreadable(items: readonly GroupInput[], options: GroupOptions, placed: Map<string, string>): GroupInput[] {
  if (!items.some((item) => item.readable === false && item.groupKey === null && item.collection !== null)) return [...items];
  const byCollection = new Map<string, GroupInput[]>();
  for (const item of items) {
    if (item.collection === null) continue;
    const list = byCollection.get(item.collection);
    if (list) list.push(item);
    else byCollection.set(item.collection, [item]);
  }
  const keyOf = new Map<string, string>();
  for (const [name, members] of byCollection) {
    const root = options.collections?.get(name)?.root ?? '';
    const prefix = root === '' || root === '.' ? '' : `${root.replace(/\/+$/, '')}/`;
    const local = (path: string): string => (path.startsWith(prefix) ? path.slice(prefix.length) : path);
    const found = groupByPath(
      members.map((m) => ({ path: local(m.path), groupKey: m.groupKey, translatedFrom: m.translatedFrom, broken: m.readable === false ? 'unreadable' : null })),
    );
    for (const m of members) {
      const place = found.get(local(m.path));
      if (!place) continue;
      keyOf.set(m.path, place.groupKey);
      placed.set(m.path, prefix + place.original);
    }
  }
  return items.map((item) => {
    const groupKey = keyOf.get(item.path);
    return groupKey === undefined ? item : { ...item, groupKey, translatedFrom: groupKey };
  });
}
