import { splitLanguageSuffix, splitLocaleFolder } from '../model/pairing-rules';
import { withoutMarkdownExtension } from '@shared/paths/lang-from-path';

/** What placing needs to know of one file. */
export interface PathMember {
  path: string;
  /** The group key its pairing rule gives; null when it could not be read (a key rule, frontmatter lost). */
  groupKey: string | null;
  translatedFrom: string | null;
  /** Why the frontmatter could not be read; null when it was. */
  broken: string | null;
}


/** The names a file's group goes by in the path: `s:` its slug without the language suffix, `f:` its path without the locale folder. */
function pathKeys(path: string): string[] {
  const keys: string[] = [];
  const { stem, lang } = splitLanguageSuffix(path);
  if (lang !== null) keys.push(`s:${stem}`);
  const folder = splitLocaleFolder(path);
  if (folder.lang !== null) keys.push(`f:${withoutMarkdownExtension(folder.rest)}`);
  return keys;
}

/**
 * The group of each file whose frontmatter cannot be read, found by path:
 * the original (readable, no translated-from) with the same slug and
 * another language suffix (`a.en.md` for `a.pt.md`), or the same path in
 * another locale folder. A translation that lost its frontmatter is then
 * shown in its group, not as an orphan beside a "missing" cell. Returns
 * path → the original's groupKey, for the files placed.
 */
export function groupByPath(files: readonly PathMember[]): Map<string, { groupKey: string; original: string }> {
  const placed = new Map<string, { groupKey: string; original: string }>();
  // Only the names the unplaced files go by are looked for: an archive has tens of thousands of originals and a few such files.
  const wanted = new Set<string>();
  for (const file of files) if (file.broken !== null && file.groupKey === null) for (const key of pathKeys(file.path)) wanted.add(key);
  if (wanted.size === 0) return placed;
  const originals = new Map<string, PathMember>();
  const offer = (key: string, file: PathMember): void => {
    if (wanted.has(key) && !originals.has(key)) originals.set(key, file);
  };
  for (const file of files) {
    if (file.broken !== null || file.translatedFrom !== null || file.groupKey === null) continue;
    for (const key of pathKeys(file.path)) offer(key, file);
    // `a.md` is the default language's file beside `a.pt.md`.
    if (splitLanguageSuffix(file.path).lang === null) offer(`s:${withoutMarkdownExtension(file.path)}`, file);
  }
  for (const file of files) {
    if (file.broken === null || file.groupKey !== null) continue;
    for (const key of pathKeys(file.path)) {
      const original = originals.get(key);
      if (original && original.path !== file.path && original.groupKey !== null) {
        placed.set(file.path, { groupKey: original.groupKey, original: original.path });
        break;
      }
    }
  }
  return placed;
}
