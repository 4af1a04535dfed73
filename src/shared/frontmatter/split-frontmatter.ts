/**
 * Where the YAML frontmatter sits inside an article's text. All offsets are
 * UTF-16 offsets into the full text, so they can be used directly as
 * CodeMirror positions.
 */
export interface FrontmatterBlock {
  /** The text starts with a U+FEFF byte-order mark (offset 0); the opening `---` follows it. */
  bom: boolean;
  /** Line ending of the opening `---` line; new lines written into the block use it. */
  eol: '\n' | '\r\n';
  /** Start of the first YAML line (just after the opening `---` line). */
  yamlFrom: number;
  /** Start of the closing `---` line (equal to `yamlFrom` for an empty block). */
  yamlTo: number;
  /** Start of the body (just after the closing `---` line, or the text's length). */
  bodyFrom: number;
}

const DELIMITER = '---';

/** True when `text[from, to)` is `---` followed only by spaces, tabs or a trailing `\r`. */
function isDelimiterLine(text: string, from: number, to: number): boolean {
  if (!text.startsWith(DELIMITER, from)) return false;
  for (let i = from + DELIMITER.length; i < to; i++) {
    const ch = text.charCodeAt(i);
    // space, tab, and the \r of a CRLF ending
    if (ch !== 0x20 && ch !== 0x09 && !(ch === 0x0d && i === to - 1)) return false;
  }
  return true;
}

/** True when the text (after an optional BOM) opens with a `---` line, closed or not: a block that never closes is an error, not a body. */
export function opensFrontmatter(text: string): boolean {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const firstEnd = text.indexOf('\n', start);
  return isDelimiterLine(text, start, firstEnd < 0 ? text.length : firstEnd);
}

/**
 * Finds the frontmatter block: a first line `---` (after an optional BOM) and
 * the next line that is exactly `---`. Returns null when the text does not
 * open with `---` or the block is never closed; a `---` rule later in the
 * body is never mistaken for the opening.
 */
export function splitFrontmatter(text: string): FrontmatterBlock | null {
  const bom = text.charCodeAt(0) === 0xfeff;
  const start = bom ? 1 : 0;
  const firstEnd = text.indexOf('\n', start);
  if (firstEnd < 0 || !isDelimiterLine(text, start, firstEnd)) return null;
  const eol = text.charCodeAt(firstEnd - 1) === 0x0d ? '\r\n' : '\n';
  const yamlFrom = firstEnd + 1;

  let lineFrom = yamlFrom;
  while (lineFrom <= text.length) {
    const newline = text.indexOf('\n', lineFrom);
    const lineTo = newline < 0 ? text.length : newline;
    if (isDelimiterLine(text, lineFrom, lineTo)) {
      return { bom, eol, yamlFrom, yamlTo: lineFrom, bodyFrom: newline < 0 ? text.length : newline + 1 };
    }
    if (newline < 0) break;
    lineFrom = newline + 1;
  }
  return null;
}
