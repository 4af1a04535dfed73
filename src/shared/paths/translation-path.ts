import { langFromPath, MARKDOWN_EXTENSIONS } from './lang-from-path';

/**
 * Where the `lang` translation of an article goes, by the corpus's
 * `<slug>.<lang>.<ext>` convention: `a/b/slug.en.md` → `a/b/slug.uk.md`,
 * `slug.md` → `slug.uk.md`; `.mdx` and `.markdown` (in any case) are kept.
 * A path without a Markdown extension gets `.<lang>.md` appended.
 */
export function translationPath(originalPath: string, lang: string): string {
  const lower = originalPath.toLowerCase();
  const ext = MARKDOWN_EXTENSIONS.find((e) => lower.endsWith(e) && lower.length > e.length);
  if (ext === undefined) return `${originalPath}.${lang}.md`;
  const stemEnd = originalPath.length - ext.length;
  const current = langFromPath(originalPath);
  const slugEnd = current === null ? stemEnd : stemEnd - current.length - 1;
  return `${originalPath.slice(0, slugEnd)}.${lang}${originalPath.slice(stemEnd)}`;
}
