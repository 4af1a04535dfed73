import { describe, expect, it } from 'vitest';
import { changeCounts, diffRows } from './diff-rows';

describe('diffRows', () => {
  it('numbers old and new lines and marks the gaps', () => {
    // Old file: 20 lines; line 12 `  - MINING` becomes `  - BITCOIN MINING`, line 18 is removed.
    const hunks = [
      {
        oldStart: 11,
        newStart: 11,
        lines: [
          { kind: ' ' as const, text: 'tags:' },
          { kind: '-' as const, text: '  - MINING' },
          { kind: '+' as const, text: '  - BITCOIN MINING' },
          { kind: ' ' as const, text: '  - AI' },
        ],
      },
      { oldStart: 17, newStart: 17, lines: [{ kind: ' ' as const, text: 'x: 1' }, { kind: '-' as const, text: 'y: 2', eol: 'crlf' as const }] },
    ];
    expect(diffRows(hunks)).toEqual([
      { kind: 'gap', skipped: 10 },
      { kind: ' ', oldNo: 11, newNo: 11, text: 'tags:' },
      { kind: '-', oldNo: 12, newNo: null, text: '  - MINING' },
      { kind: '+', oldNo: null, newNo: 12, text: '  - BITCOIN MINING' },
      { kind: ' ', oldNo: 13, newNo: 13, text: '  - AI' },
      { kind: 'gap', skipped: 3 },
      { kind: ' ', oldNo: 17, newNo: 17, text: 'x: 1' },
      { kind: '-', oldNo: 18, newNo: null, text: 'y: 2', eol: 'crlf' },
      { kind: 'gap', skipped: null },
    ]);
    expect(changeCounts(hunks)).toEqual({ added: 1, removed: 2 });
  });

  it('starts without a gap when the hunk starts at line 1, and is empty without hunks', () => {
    const rows = diffRows([{ oldStart: 1, newStart: 1, lines: [{ kind: '+', text: 'a' }] }]);
    expect(rows[0]).toEqual({ kind: '+', oldNo: null, newNo: 1, text: 'a' });
    expect(diffRows([])).toEqual([]);
  });
});
