/**
 * Text as far as review hashes care: LF line endings, no BOM, no trailing
 * whitespace on any line, no leading or trailing blank lines. A re-save that
 * only changes line endings or trailing spaces must not look like an edit.
 *
 * Linear in the text's length whatever it holds. It gives exactly what
 * `.replace(/[ \t]+$/gm, '').replace(/^\n+|\n+$/g, '')` gave (recorded
 * approvals hash with it), but those expressions retry from every character
 * of a run that does not end the line or the text: a line of 100,000 spaces
 * between two words took a minute to review.
 */
export function normalizeText(text: string): string {
  // Capturing split: odd entries are the line ends, where `$` matched under the `m` flag.
  const parts = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split(/([\n\u2028\u2029])/);
  for (let i = 0; i < parts.length; i += 2) parts[i] = trimSpacesAtEnd(parts[i] as string);
  const joined = parts.join('');
  let from = 0;
  let to = joined.length;
  while (from < to && joined.charCodeAt(from) === 0x0a) from++;
  while (to > from && joined.charCodeAt(to - 1) === 0x0a) to--;
  return joined.slice(from, to);
}

/** Without trailing spaces and tabs (`trimEnd` would take other whitespace too). */
function trimSpacesAtEnd(line: string): string {
  let end = line.length;
  while (end > 0 && (line.charCodeAt(end - 1) === 0x20 || line.charCodeAt(end - 1) === 0x09)) end--;
  return end === line.length ? line : line.slice(0, end);
}
