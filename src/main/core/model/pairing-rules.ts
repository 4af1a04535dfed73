import type { PairingRule } from '@shared/model/content-model';
import { asLanguage, isLanguageCode } from './language-code';
import { keyText, valueAt, type ModelFile } from './model-file';
import { withoutMarkdownExtension } from '@shared/paths/lang-from-path';

/** What a rule needs besides the file itself. */
export interface LanguageContext {
  /** Top-level frontmatter field holding the language, when the collection has one. */
  languageField: string | null;
  /** Language of a file that says nothing (no field, suffix or locale folder). */
  defaultLanguage: string;
}


/** `name.<lang>.md` → `{ stem: 'name', lang }`; `name.md` → `{ stem: 'name', lang: null }`. Folders stay in `stem`. */
export function splitLanguageSuffix(path: string): { stem: string; lang: string | null } {
  const stem = withoutMarkdownExtension(path);
  const dot = stem.lastIndexOf('.');
  const slash = stem.lastIndexOf('/');
  if (dot > slash + 1) {
    const suffix = stem.slice(dot + 1);
    if (isLanguageCode(suffix)) return { stem: stem.slice(0, dot), lang: asLanguage(suffix) };
  }
  return { stem, lang: null };
}

/** `uk/guides/install.md` → `{ rest: 'guides/install.md', lang: 'uk' }`; a file outside a locale folder has `lang: null`. */
export function splitLocaleFolder(path: string): { rest: string; lang: string | null } {
  const slash = path.indexOf('/');
  if (slash > 0) {
    const first = path.slice(0, slash);
    if (isLanguageCode(first)) return { rest: path.slice(slash + 1), lang: asLanguage(first) };
  }
  return { rest: path, lang: null };
}

/**
 * A file's language under a rule: the frontmatter field when the collection
 * has one and the file fills it, else what the path says (the suffix or
 * locale folder the rule reads; for `key` and `none` whichever the path
 * has), else the default language.
 */
export function languageOf(file: ModelFile, rule: PairingRule, context: LanguageContext): string {
  if (context.languageField !== null) {
    const fromField = asLanguage(file.data?.[context.languageField]);
    if (fromField !== null) return fromField;
  }
  const suffix = rule.by === 'folder' ? null : splitLanguageSuffix(file.path).lang;
  const folder = rule.by === 'suffix' ? null : splitLocaleFolder(file.path).lang;
  return suffix ?? folder ?? context.defaultLanguage;
}

/**
 * The group a file belongs to under a rule, or null when the rule leaves it
 * alone (no key value; rule `none`). Files with equal group keys are one
 * article and its translations.
 */
export function groupKeyOf(file: ModelFile, rule: PairingRule): string | null {
  switch (rule.by) {
    case 'key':
      return rule.key === undefined ? null : keyText(valueAt(file.data, rule.key));
    case 'suffix':
      return splitLanguageSuffix(file.path).stem;
    case 'folder': {
      // The rest of the path names the article; a suffix-less extension keeps `.md` and `.mdx` of one page together.
      return withoutMarkdownExtension(splitLocaleFolder(file.path).rest);
    }
    case 'none':
      return null;
  }
}

/** A rule's groups: every group key with its members, in file order. */
export function groupFiles(files: readonly ModelFile[], rule: PairingRule): Map<string, ModelFile[]> {
  const groups = new Map<string, ModelFile[]>();
  for (const file of files) {
    const key = groupKeyOf(file, rule);
    if (key === null) continue;
    const members = groups.get(key);
    if (members) members.push(file);
    else groups.set(key, [file]);
  }
  return groups;
}
