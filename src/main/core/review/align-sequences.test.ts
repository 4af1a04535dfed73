import { describe, expect, it } from 'vitest';
import { alignSequences } from './align-sequences';

/** Aligns two strings letter by letter (equal letters score 1) and writes the steps compactly. */
function letters(a: string, b: string, maxCells?: number): string {
  const equal = (i: number, j: number): boolean => a[i] === b[j];
  const steps = alignSequences(a.length, b.length, (i, j) => (equal(i, j) ? 1 : 0), { same: equal, ...(maxCells !== undefined && { maxCells }) });
  return steps.map((s) => (s.a !== null && s.b !== null ? `${a[s.a]}` : s.a !== null ? `-${a[s.a]}` : `+${b[s.b ?? 0]}`)).join(' ');
}

describe('alignSequences', () => {
  const cases = [
    { name: 'identical', a: 'abc', b: 'abc', expected: 'a b c' },
    { name: 'one removed', a: 'abcd', b: 'abd', expected: 'a b -c d' },
    { name: 'one inserted', a: 'abd', b: 'abxd', expected: 'a b +x d' },
    { name: 'equal scores pair from the top, leftovers last', a: 'aaa', b: 'aa', expected: 'a a -a' },
    { name: 'nothing in common', a: 'ab', b: 'xy', expected: '-a -b +x +y' },
    { name: 'empty side', a: '', b: 'xy', expected: '+x +y' },
    { name: 'too large: prefix and suffix trimmed, middle exact', a: 'aaaaXbbbb', b: 'aaaaYbbbb', maxCells: 10, expected: 'a a a a -X +Y b b b b' },
    { name: 'too large even trimmed: greedy', a: 'xabcy', b: 'zabcw', maxCells: 1, expected: '-x +z a b c -y +w' },
    { name: 'greedy skips to the nearer counterpart', a: 'qabc', b: 'rsabc', maxCells: 1, expected: '-q +r +s a b c' },
  ];
  it.each(cases)('$name', ({ a, b, maxCells, expected }) => {
    expect(letters(a, b, maxCells)).toBe(expected);
  });

  it('prefers a heavier pair over two lighter ones when the sum says so', () => {
    const weights = [[1, 0], [0, 1], [0, 0]];
    const steps = alignSequences(3, 2, (i, j) => (i === 2 && j === 0 ? 5 : (weights[i]?.[j] ?? 0)));
    expect(steps).toEqual([{ a: 0, b: null }, { a: 1, b: null }, { a: 2, b: 0 }, { a: null, b: 1 }]);
  });
});
