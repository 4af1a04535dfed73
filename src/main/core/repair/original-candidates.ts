import type { PairingRuleName } from '@shared/model/content-model';
import { splitLanguageSuffix, splitLocaleFolder } from '../model/pairing-rules';

/** Where a file sits, as far as finding its original goes. */
export interface PathPlace {
  /** The language the path gives (suffix or locale folder); null when it names none. */
  lang: string | null;
  /** Paths, relative to the site root, where the original would be, best first. */
  candidates: string[];
}

export interface PlaceOptions {
  /** The collection's pairing rule; `key` and `none` (and no model) try both path rules. */
  rule: PairingRuleName | null;
  /** The collection's root relative to the site (`.` = the site): locale folders sit right under it. */
  root: string;
  sourceLanguage: string;
  /** Language of files whose path names none (`name.md`, a root locale). */
  defaultLanguage: string;
}

const EXTENSION = /\.(md|mdx|markdown)$/i;

/**
 * Where a file's original is by path alone, for a file whose frontmatter
 * cannot say (it lost it): `name.en.md` beside `name.pt.md` (and `name.md`
 * when the source is the default language), or the same path under the
 * source language's folder (or outside every locale folder, for a root
 * locale). The language comes from the path. A file in the source
 * language has no original: no candidates.
 */
export function placeByPath(relPath: string, options: PlaceOptions): PathPlace {
  const ext = EXTENSION.exec(relPath)?.[0] ?? '.md';
  const source = options.sourceLanguage.toLowerCase();
  const sourceIsDefault = source === options.defaultLanguage.toLowerCase();
  const trySuffix = options.rule !== 'folder';
  const tryFolder = options.rule !== 'suffix';
  const candidates: string[] = [];
  let lang: string | null = null;

  if (trySuffix) {
    const { stem, lang: suffix } = splitLanguageSuffix(relPath);
    if (suffix !== null) {
      lang = suffix;
      if (suffix !== source) {
        candidates.push(`${stem}.${source}${ext}`);
        if (sourceIsDefault) candidates.push(`${stem}${ext}`);
      }
    }
  }
  if (tryFolder && lang === null) {
    const prefix = options.root === '.' || options.root === '' ? '' : `${options.root.replace(/\/+$/, '')}/`;
    if (relPath.startsWith(prefix)) {
      const { rest, lang: folder } = splitLocaleFolder(relPath.slice(prefix.length));
      if (folder !== null) {
        lang = folder;
        if (folder !== source) {
          candidates.push(`${prefix}${source}/${rest}`);
          if (sourceIsDefault) candidates.push(`${prefix}${rest}`);
        }
      }
    }
  }
  // `.md` beside `.mdx`: the same article may be written in either.
  const withOtherExtensions = candidates.flatMap((path) => {
    const bare = path.replace(EXTENSION, '');
    return [path, ...['.md', '.mdx', '.markdown'].filter((other) => other !== ext).map((other) => `${bare}${other}`)];
  });
  return { lang, candidates: [...new Set(withOtherExtensions)] };
}
