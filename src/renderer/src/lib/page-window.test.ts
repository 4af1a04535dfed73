import { describe, expect, it } from 'vitest';
import { pagesForRange, pagesToEvict } from './page-window';

describe('pagesForRange', () => {
  const cases = [
    { name: 'empty result', first: 0, last: 30, pageSize: 200, total: 0, expected: [] },
    { name: 'first screen', first: 0, last: 30, pageSize: 200, total: 100_000, expected: [0] },
    { name: 'straddles a boundary', first: 190, last: 215, pageSize: 200, total: 100_000, expected: [0, 1] },
    { name: 'clamped to the last page', first: 99_950, last: 100_100, pageSize: 200, total: 100_000, expected: [499] },
    { name: 'negative start (overscan) clamps to 0', first: -10, last: 5, pageSize: 200, total: 50, expected: [0] },
    { name: 'exact page end', first: 200, last: 399, pageSize: 200, total: 1000, expected: [1] },
  ];
  it.each(cases)('$name', ({ first, last, pageSize, total, expected }) =>
    expect(pagesForRange(first, last, pageSize, total)).toEqual(expected),
  );
});

describe('pagesToEvict', () => {
  it('keeps pages within the radius and drops the rest', () => {
    expect(pagesToEvict([0, 1, 5, 6, 7, 9, 12], [6, 7], 2)).toEqual([0, 1, 12]);
  });
  it('drops nothing when nothing is needed yet', () => {
    expect(pagesToEvict([0, 1], [], 2)).toEqual([]);
  });
});
