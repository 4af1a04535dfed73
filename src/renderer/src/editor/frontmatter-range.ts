import type { Text } from '@codemirror/state';

/** `---` alone on its line; trailing blanks and the `\r` of a CRLF line (kept in line text, see line-endings.ts) allowed. */
const DELIMITER = /^---[ \t]*\r?$/;

/**
 * Where the frontmatter ends in a CodeMirror document: the offset just after
 * the closing `---` line (its line break included), or null when the document
 * has no closed block. It walks lines only until the closing delimiter, so on
 * a 1.5 MB article it costs the frontmatter's few dozen lines, not the body.
 * Same rule as `splitFrontmatter` in @shared/frontmatter, which gets the exact
 * block from the slice `[0, end)`.
 */
export function frontmatterEnd(doc: Text): number | null {
  if (doc.lines < 2) return null;
  const first = doc.line(1).text;
  if (!DELIMITER.test(first.charCodeAt(0) === 0xfeff ? first.slice(1) : first)) return null;
  for (let n = 2; n <= doc.lines; n++) {
    const line = doc.line(n);
    if (DELIMITER.test(line.text)) return n < doc.lines ? line.to + 1 : line.to;
  }
  return null;
}
