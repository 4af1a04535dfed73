import type { PairingCounts, PairingRule } from '@shared/model/content-model';
import { isLanguageCode } from './language-code';
import { keyText, scalarPaths, valueAt, type ModelFile } from './model-file';
import { groupFiles, languageOf, type LanguageContext } from './pairing-rules';

export interface PairingDetection {
  rule: PairingRule;
  counts: PairingCounts;
  /** One line for the notes: which rule won and why. */
  reason: string;
}

/**
 * A key pairs fewer files than a path rule when a translation lost its
 * frontmatter (it still has its `name.<lang>.md` name). The key is what the
 * site's own code joins on and survives renames, so it wins as long as it
 * pairs this share of what the best path rule pairs.
 */
const KEY_PREFERRED_SHARE = 0.8;

/**
 * Picks the pairing rule that pairs the most files: by key (a field that
 * repeats across files of different languages), by locale folder, or by
 * file-name suffix. See `KEY_PREFERRED_SHARE` for the one exception.
 */
export function detectPairing(files: readonly ModelFile[], context: LanguageContext): PairingDetection {
  const key = detectKeyField(files, context);
  const folder = countPaired(files, { by: 'folder' }, context);
  const suffix = countPaired(files, { by: 'suffix' }, context);
  const counts: PairingCounts = { key: key?.paired ?? 0, folder, suffix };
  const path: PairingRule = folder >= suffix ? { by: 'folder' } : { by: 'suffix' };
  const pathCount = Math.max(folder, suffix);
  const describe = `key ${counts.key}${key ? ` (${key.field})` : ''}, folder ${folder}, suffix ${suffix}`;

  if (key !== null && key.paired > 0 && key.paired >= pathCount * KEY_PREFERRED_SHARE) {
    const translatedFrom = detectTranslatedFrom(files, key.field);
    const rule: PairingRule = { by: 'key', key: key.field, ...(translatedFrom !== null && { translatedFrom }) };
    const why = key.paired >= pathCount ? 'pairs the most files' : `pairs at least ${KEY_PREFERRED_SHARE * 100} % of what the ${path.by} rule pairs, and a key survives renames`;
    return { rule, counts, reason: `paired by key ${key.field}: it ${why} (files paired: ${describe})` };
  }
  if (pathCount > 0) {
    return { rule: path, counts, reason: `paired by ${path.by}: it pairs the most files (files paired: ${describe})` };
  }
  return { rule: { by: 'none' }, counts, reason: `no rule pairs any files (files paired: ${describe})` };
}

/**
 * Files a rule puts in groups of two or more languages. A group that holds
 * one language twice is not a translation group (a shared `category`, a
 * date), so none of its files count.
 */
export function countPaired(files: readonly ModelFile[], rule: PairingRule, context: LanguageContext): number {
  let paired = 0;
  for (const members of groupFiles(files, rule).values()) {
    if (members.length < 2) continue;
    const languages = new Set(members.map((file) => languageOf(file, rule, context)));
    if (languages.size === members.length) paired += members.length;
  }
  return paired;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * The field that pairs the most files when used as a key. Candidates are
 * the string leaves (two levels deep) that are strings in most files that
 * have them; dates and the language field are not keys. Ties go to the
 * field present in more files, then to a top-level field over a nested one
 * (an article's key is its own field: a cover image URL copied to every
 * translation pairs exactly as well as `externalId`), then to the name
 * (stable output).
 */
export function detectKeyField(files: readonly ModelFile[], context: LanguageContext): { field: string; paired: number } | null {
  const stats = new Map<string, { strings: number; present: number; dates: number }>();
  for (const file of files) {
    if (file.data === null) continue;
    for (const path of scalarPaths(file.data)) {
      const value = valueAt(file.data, path);
      const entry = stats.get(path) ?? { strings: 0, present: 0, dates: 0 };
      entry.present++;
      if (typeof value === 'string') {
        entry.strings++;
        if (ISO_DATE.test(value.trim())) entry.dates++;
      }
      stats.set(path, entry);
    }
  }
  let best: { field: string; paired: number; present: number; depth: number } | null = null;
  for (const [field, { strings, present, dates }] of [...stats].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (field === context.languageField || strings * 2 <= present || dates * 2 > strings) continue;
    const paired = countPaired(files, { by: 'key', key: field }, context);
    if (paired === 0) continue;
    const depth = field.split('.').length;
    const better =
      best === null ||
      paired > best.paired ||
      (paired === best.paired && (present > best.present || (present === best.present && depth < best.depth)));
    if (better) best = { field, paired, present, depth };
  }
  return best && { field: best.field, paired: best.paired };
}

/**
 * The field translations use to name their original (`ai.translatedFrom`):
 * a string leaf whose value, in most files that have it, is the key of a
 * group holding a file without it (the original). Null when there is none.
 */
export function detectTranslatedFrom(files: readonly ModelFile[], key: string): string | null {
  const groups = groupFiles(files, { by: 'key', key });
  let best: { field: string; hits: number } | null = null;
  const candidates = new Set(files.flatMap((file) => (file.data === null ? [] : scalarPaths(file.data))));
  for (const field of [...candidates].sort()) {
    if (field === key) continue;
    let present = 0;
    let hits = 0;
    for (const file of files) {
      const value = keyText(valueAt(file.data, field));
      if (value === null) continue;
      present++;
      const group = groups.get(value);
      if (group?.some((member) => member !== file && keyText(valueAt(member.data, field)) === null)) hits++;
    }
    if (hits > 0 && hits * 5 >= present * 4 && (best === null || hits > best.hits)) best = { field, hits };
  }
  return best?.field ?? null;
}

/**
 * The top-level field that holds each file's language: the one whose values
 * are language codes in at least 9 of 10 files that have it, present in at
 * least half the files. Ties go to the field in more files.
 */
export function detectLanguageField(files: readonly ModelFile[]): string | null {
  const counts = new Map<string, { present: number; codes: number }>();
  let withData = 0;
  for (const file of files) {
    if (file.data === null) continue;
    withData++;
    for (const [field, value] of Object.entries(file.data)) {
      if (typeof value !== 'string') continue;
      const entry = counts.get(field) ?? { present: 0, codes: 0 };
      entry.present++;
      if (isLanguageCode(value.trim())) entry.codes++;
      counts.set(field, entry);
    }
  }
  let best: { field: string; present: number } | null = null;
  for (const [field, { present, codes }] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (present * 2 < withData || codes * 10 < present * 9) continue;
    if (best === null || present > best.present) best = { field, present };
  }
  return best?.field ?? null;
}
