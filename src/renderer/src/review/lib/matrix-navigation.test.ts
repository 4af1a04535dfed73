import { describe, expect, it } from 'vitest';
import { isMatrixKey, moveCell } from './matrix-navigation';
import type { MatrixKey } from './matrix-navigation';

describe('moveCell in a 10 × 3 grid with 5 rows on screen', () => {
  const cases: { name: string; at: { row: number; col: number }; key: MatrixKey; ctrl?: boolean; expected: { row: number; col: number } }[] = [
    { name: 'first key selects the first cell', at: { row: -1, col: 0 }, key: 'ArrowDown', expected: { row: 0, col: 0 } },
    { name: 'down', at: { row: 2, col: 1 }, key: 'ArrowDown', expected: { row: 3, col: 1 } },
    { name: 'up stops at the top', at: { row: 0, col: 1 }, key: 'ArrowUp', expected: { row: 0, col: 1 } },
    { name: 'right stops at the last column', at: { row: 4, col: 2 }, key: 'ArrowRight', expected: { row: 4, col: 2 } },
    { name: 'left', at: { row: 4, col: 2 }, key: 'ArrowLeft', expected: { row: 4, col: 1 } },
    { name: 'page down moves a screen less one', at: { row: 1, col: 0 }, key: 'PageDown', expected: { row: 5, col: 0 } },
    { name: 'page down stops at the end', at: { row: 8, col: 0 }, key: 'PageDown', expected: { row: 9, col: 0 } },
    { name: 'Home: first cell of the row', at: { row: 3, col: 2 }, key: 'Home', expected: { row: 3, col: 0 } },
    { name: 'Ctrl+End: last row', at: { row: 3, col: 2 }, key: 'End', ctrl: true, expected: { row: 9, col: 2 } },
  ];
  it.each(cases)('$name', ({ at, key, ctrl, expected }) => {
    expect(moveCell(at, key, 10, 3, 5, ctrl)).toEqual(expected);
  });

  it('has nothing to select in an empty grid', () => {
    expect(moveCell({ row: 0, col: 0 }, 'ArrowDown', 0, 3, 5)).toEqual({ row: -1, col: 0 });
  });

  it('knows its keys', () => {
    expect(['ArrowDown', 'End', 'Enter', 'a'].map(isMatrixKey)).toEqual([true, true, false, false]);
  });
});
