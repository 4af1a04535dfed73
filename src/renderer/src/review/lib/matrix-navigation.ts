/** A cell of the review matrix: row index into the filtered groups, column index into the languages. */
export interface CellPosition {
  row: number;
  col: number;
}

/** Keys the matrix moves on. */
const KEYS = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'PageUp', 'PageDown', 'Home', 'End'] as const;
export type MatrixKey = (typeof KEYS)[number];

export function isMatrixKey(key: string): key is MatrixKey {
  return (KEYS as readonly string[]).includes(key);
}

/**
 * The cell after a key press in a `rows` × `cols` grid: arrows move one,
 * PageUp/PageDown a screen (`pageRows`), Home/End to the row's first or last
 * cell, or (with `ctrl`) the grid's first or last row. Nothing selected
 * (`row < 0`) starts at the first cell.
 */
export function moveCell(at: CellPosition, key: MatrixKey, rows: number, cols: number, pageRows: number, ctrl = false): CellPosition {
  if (rows <= 0 || cols <= 0) return { row: -1, col: 0 };
  if (at.row < 0) return { row: 0, col: Math.min(Math.max(at.col, 0), cols - 1) };
  const row = (r: number): number => Math.min(rows - 1, Math.max(0, r));
  const col = (c: number): number => Math.min(cols - 1, Math.max(0, c));
  const step = Math.max(1, pageRows - 1);
  switch (key) {
    case 'ArrowUp':
      return { row: row(at.row - 1), col: col(at.col) };
    case 'ArrowDown':
      return { row: row(at.row + 1), col: col(at.col) };
    case 'ArrowLeft':
      return { row: at.row, col: col(at.col - 1) };
    case 'ArrowRight':
      return { row: at.row, col: col(at.col + 1) };
    case 'PageUp':
      return { row: row(at.row - step), col: col(at.col) };
    case 'PageDown':
      return { row: row(at.row + step), col: col(at.col) };
    case 'Home':
      return ctrl ? { row: 0, col: col(at.col) } : { row: at.row, col: 0 };
    case 'End':
      return ctrl ? { row: rows - 1, col: col(at.col) } : { row: at.row, col: cols - 1 };
  }
}
