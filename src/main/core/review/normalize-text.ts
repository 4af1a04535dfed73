/**
 * Text as far as review hashes care: LF line endings, no BOM, no trailing
 * whitespace on any line, no leading or trailing blank lines. A re-save that
 * only changes line endings or trailing spaces must not look like an edit.
 */
export function normalizeText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .replace(/^\n+|\n+$/g, '');
}
