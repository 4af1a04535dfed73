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
  // The index workers ask twice per original (its content hash and its body length), with the same string.
  if (text === last.text) return last.normalized;
  last = { text, normalized: normalizeOnce(text) };
  return last.normalized;
}

/** The latest answer: one entry, so a body is normalised once per file however many facts need it. */
let last = { text: '', normalized: '' };

function normalizeOnce(text: string): string {
  // Most texts are normal already but for the blank lines around them (a body starts after the
  // frontmatter's line and ends with the file's newline): then the answer is a slice, found with
  // native searches, where splitting and joining every line cost the index parser ~6 % of its CPU.
  let from = 0;
  let to = text.length;
  while (from < to && text.charCodeAt(from) === 0x0a) from++;
  while (to > from && text.charCodeAt(to - 1) === 0x0a) to--;
  const inner = text.slice(from, to);
  return text.charCodeAt(0) !== 0xfeff && isNormalInner(inner) ? inner : normalizeSlowly(text);
}

/**
 * True when `text` (already without surrounding LFs) surely has nothing to
 * change: no CR, no space or tab at a line end (before LF or the end), and
 * no U+2028 or U+2029 (rare enough to leave to the slow path, which also
 * trims spaces before them). A leading BOM is the caller's test. Lines are
 * found with single-character searches, which are native scans, where a
 * search for " \n" stops at every space.
 */
function isNormalInner(text: string): boolean {
  const end = text.charCodeAt(text.length - 1);
  if (end === 0x20 || end === 0x09) return false;
  if (text.includes('\r') || text.includes('\u2028') || text.includes('\u2029')) return false;
  for (let lf = text.indexOf('\n'); lf !== -1; lf = text.indexOf('\n', lf + 1)) {
    const before = text.charCodeAt(lf - 1);
    if (before === 0x20 || before === 0x09) return false;
  }
  return true;
}

function normalizeSlowly(text: string): string {
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
