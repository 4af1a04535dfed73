import type { Text } from '@codemirror/state';

/**
 * Maps offsets into a file's text to offsets into the editor's document. The
 * pane edits a file that uses `\r\n` throughout with `\n`
 * (editor/line-endings.ts): line n of such a file starts n − 1 characters
 * later than in the editor. Any other file is edited as is and offsets are
 * equal. Works from the editor's document, so the file's text is not needed.
 */
export function fileToEditorOffsets(doc: Text, fileLineBreak: '\n' | '\r\n'): (offset: number) => number {
  if (fileLineBreak === '\n') return (offset) => offset;
  return (offset) => {
    // The last line whose start in the file is at or before `offset`.
    let lo = 1;
    let hi = doc.lines;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (doc.line(mid).from + mid - 1 <= offset) lo = mid;
      else hi = mid - 1;
    }
    // An offset on the `\n` of a `\r\n` stays at the end of its line.
    return Math.min(offset - (lo - 1), doc.line(lo).to);
  };
}
