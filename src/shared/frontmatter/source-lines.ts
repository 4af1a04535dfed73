/**
 * Line arithmetic on the original text. Edits are expressed as offsets into
 * it, so these helpers never build line arrays (that would be O(file) per
 * call for every field touched).
 */

/** Offset of the first character of the line containing `pos`. */
export function lineStart(text: string, pos: number): number {
  return text.lastIndexOf('\n', pos - 1) + 1;
}

/** Offset of the end of the line containing `pos`, before its `\n` or `\r\n`. */
export function lineEnd(text: string, pos: number): number {
  const newline = text.indexOf('\n', pos);
  if (newline < 0) return text.length;
  return text.charCodeAt(newline - 1) === 0x0d && newline - 1 >= pos ? newline - 1 : newline;
}

/** Offset just after the line ending of the line containing `pos`; `pos` itself when it is already a line start. */
export function afterLine(text: string, pos: number): number {
  if (pos === 0 || text.charCodeAt(pos - 1) === 0x0a) return pos;
  const newline = text.indexOf('\n', pos);
  return newline < 0 ? text.length : newline + 1;
}

/** Steps back over one line ending that ends just before `pos`. */
export function beforeEol(text: string, pos: number): number {
  if (text.charCodeAt(pos - 1) !== 0x0a) return pos;
  return text.charCodeAt(pos - 2) === 0x0d ? pos - 2 : pos - 1;
}

/** 0-based column of `pos` (in UTF-16 units; indentation is ASCII spaces anyway). */
export function columnOf(text: string, pos: number): number {
  return pos - lineStart(text, pos);
}

/** True when `text[from, to)` holds only spaces and tabs. */
export function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const ch = text.charCodeAt(i);
    if (ch !== 0x20 && ch !== 0x09) return false;
  }
  return true;
}
