import type { PairingRuleName } from '@shared/model/content-model';
import { splitLanguageSuffix, splitLocaleFolder } from '../model/pairing-rules';
import { MARKDOWN_EXTENSIONS, markdownExtensionOf, withoutMarkdownExtension } from '@shared/paths/lang-from-path';

/** Where a file sits, as far as finding its original goes. */
export interface PathPlace {
  /** The language the path gives (suffix or locale folder); null when it names none. */
  lang: string | null;
  /** Where its siblings in the other languages would be, relative to the site root: the source language's first. */
  candidates: { lang: string; path: string }[];
}

export interface PlaceOptions {
  /** The collection's pairing rule; `key` and `none` (and no model) try both path rules. */
  rule: PairingRuleName | null;
  /** The collection's root relative to the site (`.` = the site): locale folders sit right under it. */
  root: string;
  /** Languages the collection has; the source language is tried first. */
  languages: readonly string[];
  sourceLanguage: string;
  /** Language of files whose path names none (`name.md`, a root locale). */
  defaultLanguage: string;
}


/**
 * Where a file's siblings are by path alone, for a file whose frontmatter
 * cannot say which group it is in (it lost it): `name.en.md` beside
 * `name.pt.md` (and `name.md` for the default language), or the same path
 * under another language's folder (or outside every locale folder, for a
 * root locale). The language comes from the path. The caller reads the
 * candidates that exist and takes the first original among them.
 */
export function placeByPath(relPath: string, options: PlaceOptions): PathPlace {
  const ext = markdownExtensionOf(relPath) ?? '.md';
  const source = options.sourceLanguage.toLowerCase();
  const defaultLanguage = options.defaultLanguage.toLowerCase();
  const others = (lang: string): string[] => [source, ...options.languages.map((l) => l.toLowerCase())].filter((l, i, all) => l !== lang && all.indexOf(l) === i);
  const extensions = [ext, ...MARKDOWN_EXTENSIONS.filter((other) => other !== ext.toLowerCase())];
  const candidates: PathPlace['candidates'] = [];
  const add = (lang: string, bare: string): void => {
    for (const extension of extensions) candidates.push({ lang, path: `${bare}${extension}` });
  };

  if (options.rule !== 'folder') {
    const { stem, lang } = splitLanguageSuffix(relPath);
    if (lang !== null) {
      for (const other of others(lang)) {
        add(other, `${stem}.${other}`);
        if (other === defaultLanguage) add(other, stem);
      }
      return { lang, candidates };
    }
  }
  if (options.rule !== 'suffix') {
    const prefix = options.root === '.' || options.root === '' ? '' : `${options.root.replace(/\/+$/, '')}/`;
    if (relPath.startsWith(prefix)) {
      const { rest, lang } = splitLocaleFolder(relPath.slice(prefix.length));
      if (lang !== null) {
        const bare = withoutMarkdownExtension(rest);
        for (const other of others(lang)) {
          add(other, `${prefix}${other}/${bare}`);
          if (other === defaultLanguage) add(other, `${prefix}${bare}`);
        }
        return { lang, candidates };
      }
    }
  }
  return { lang: null, candidates };
}
