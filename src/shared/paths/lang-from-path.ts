/** File extensions treated as articles (compared case-insensitively). */
export const MARKDOWN_EXTENSIONS = ['.md', '.mdx', '.markdown'] as const;

/** True for `.md`, `.mdx` and `.markdown` files. */
export function isMarkdownPath(p: string): boolean {
  return markdownExtension(p) !== null;
}

/**
 * Language suffix of `<slug>.<lang>.md`: `foo/bar.uk.md` → `uk`,
 * `x.pt-BR.mdx` → `pt-BR`, `x.md` → null. The suffix must look like a
 * language tag (2–3 letters, optional subtags), so `my.notes.md` is null.
 */
export function langFromPath(relPath: string): string | null {
  const ext = markdownExtension(relPath);
  if (ext === null) return null;
  const name = baseName(relPath);
  const stem = name.slice(0, name.length - ext.length);
  const dot = stem.lastIndexOf('.');
  if (dot <= 0) return null;
  const suffix = stem.slice(dot + 1);
  return LANG_SUFFIX.test(suffix) ? suffix : null;
}

const LANG_SUFFIX = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

function baseName(p: string): string {
  return p.slice(Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\')) + 1);
}

/** The Markdown extension as the path writes it (`.MD` stays `.MD`), or null. */
export function markdownExtensionOf(p: string): string | null {
  const ext = markdownExtension(p);
  return ext === null ? null : p.slice(p.length - ext.length);
}

/** The path without its Markdown extension (`a/b.uk.md` → `a/b.uk`); unchanged when it has none. */
export function withoutMarkdownExtension(p: string): string {
  const ext = markdownExtension(p);
  return ext === null ? p : p.slice(0, p.length - ext.length);
}

function markdownExtension(p: string): string | null {
  const lower = baseName(p).toLowerCase();
  for (const ext of MARKDOWN_EXTENSIONS) {
    if (lower.endsWith(ext) && lower.length > ext.length) return ext;
  }
  return null;
}
