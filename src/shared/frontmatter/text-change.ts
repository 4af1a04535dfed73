/**
 * One replacement in a text. `from`/`to` are offsets into the ORIGINAL text;
 * a list of them is sorted and non-overlapping, which is exactly what
 * CodeMirror accepts as a `ChangeSpec[]`.
 */
export interface TextChange {
  from: number;
  to: number;
  insert: string;
}

/**
 * Applies sorted, non-overlapping changes (offsets into `text`) and returns
 * the new text. Throws on unsorted or overlapping changes: that is a bug in
 * the caller, not bad user input.
 */
export function applyChanges(text: string, changes: readonly TextChange[]): string {
  const parts: string[] = [];
  let cursor = 0;
  for (const change of changes) {
    if (change.from < cursor || change.to < change.from || change.to > text.length) {
      throw new RangeError(`Invalid or overlapping change ${change.from}-${change.to} (text length ${text.length})`);
    }
    parts.push(text.slice(cursor, change.from), change.insert);
    cursor = change.to;
  }
  parts.push(text.slice(cursor));
  return parts.join('');
}
