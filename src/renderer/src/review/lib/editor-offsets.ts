/**
 * Maps offsets into a file's text to offsets into the editor's text. The pane
 * edits a file that uses `\r\n` throughout with `\n` (editor/line-endings.ts),
 * so each earlier `\r\n` shifts an offset by one; any other file is edited as
 * is and offsets are equal.
 */
export function fileToEditorOffsets(fileText: string, editorText: string): (offset: number) => number {
  if (fileText.length === editorText.length) return (offset) => offset;
  // Offsets of the `\r` of each `\r\n`, ascending.
  const crs: number[] = [];
  for (let i = fileText.indexOf('\r\n'); i >= 0; i = fileText.indexOf('\r\n', i + 2)) crs.push(i);
  return (offset) => {
    let lo = 0;
    let hi = crs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((crs[mid] ?? 0) < offset) lo = mid + 1;
      else hi = mid;
    }
    return offset - lo;
  };
}
