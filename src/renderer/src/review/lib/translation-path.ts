const MARKDOWN = ['.markdown', '.mdx', '.md'];
const LANG_SUFFIX = /\.([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)$/;

/**
 * Where "create translation" will write the `lang` file of `original`:
 * `<slug>.<lang>.md` beside it (`a.en.md` → `a.uk.md`, `a.md` → `a.uk.md`).
 * Shown in the confirmation; the server decides the real name and refuses to
 * overwrite anything.
 */
export function translationPathFor(original: string, lang: string): string {
  const lower = original.toLowerCase();
  const ext = MARKDOWN.find((e) => lower.endsWith(e) && lower.length > e.length);
  if (ext === undefined) return `${original}.${lang}.md`;
  const stem = original.slice(0, original.length - ext.length);
  const slug = stem.replace(LANG_SUFFIX, '');
  return `${slug}.${lang}${original.slice(original.length - ext.length)}`;
}
