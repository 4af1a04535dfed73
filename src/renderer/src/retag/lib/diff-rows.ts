import type { DiffHunk } from '@shared/text/diff-hunk';

/** One rendered line of a unified diff; `gap` stands for unchanged lines left out between hunks. */
export type DiffRow =
  | { kind: ' ' | '-' | '+'; oldNo: number | null; newNo: number | null; text: string; eol?: 'crlf' | 'none' }
  | { kind: 'gap'; skipped: number | null };

/**
 * Hunks → rows with old/new line numbers, as a unified diff shows them:
 * removed lines carry only the old number, added lines only the new one,
 * and a gap row marks every run of unchanged lines not shown (its size when
 * known: between hunks; before the first hunk it is `oldStart - 1`).
 */
export function diffRows(hunks: readonly DiffHunk[]): DiffRow[] {
  const rows: DiffRow[] = [];
  let nextOld = 1;
  for (const hunk of hunks) {
    const skipped = hunk.oldStart - nextOld;
    if (skipped > 0) rows.push({ kind: 'gap', skipped });
    let oldNo = hunk.oldStart;
    let newNo = hunk.newStart;
    for (const line of hunk.lines) {
      const eol = line.eol ? { eol: line.eol } : {};
      if (line.kind === '-') rows.push({ kind: '-', oldNo: oldNo++, newNo: null, text: line.text, ...eol });
      else if (line.kind === '+') rows.push({ kind: '+', oldNo: null, newNo: newNo++, text: line.text, ...eol });
      else rows.push({ kind: ' ', oldNo: oldNo++, newNo: newNo++, text: line.text, ...eol });
    }
    nextOld = oldNo;
  }
  if (hunks.length > 0) rows.push({ kind: 'gap', skipped: null });
  return rows;
}

/** Lines added and removed, for the `+1 −1` beside a file name. */
export function changeCounts(hunks: readonly DiffHunk[]): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  for (const hunk of hunks) {
    for (const line of hunk.lines) {
      if (line.kind === '+') added++;
      else if (line.kind === '-') removed++;
    }
  }
  return { added, removed };
}
