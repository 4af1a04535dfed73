import { describe, expect, it } from 'vitest';
import { isNavigationKey, nextIndex } from './list-navigation';

describe('nextIndex', () => {
  const cases = [
    { name: 'down from nothing selects the first', current: -1, key: 'ArrowDown' as const, count: 10, pageRows: 5, expected: 0 },
    { name: 'up from nothing selects the first', current: -1, key: 'ArrowUp' as const, count: 10, pageRows: 5, expected: 0 },
    { name: 'down', current: 3, key: 'ArrowDown' as const, count: 10, pageRows: 5, expected: 4 },
    { name: 'down stops at the end', current: 9, key: 'ArrowDown' as const, count: 10, pageRows: 5, expected: 9 },
    { name: 'up stops at the start', current: 0, key: 'ArrowUp' as const, count: 10, pageRows: 5, expected: 0 },
    { name: 'page down moves a screen less one row', current: 0, key: 'PageDown' as const, count: 100, pageRows: 20, expected: 19 },
    { name: 'page up clamps', current: 5, key: 'PageUp' as const, count: 100, pageRows: 20, expected: 0 },
    { name: 'home', current: 50, key: 'Home' as const, count: 100, pageRows: 20, expected: 0 },
    { name: 'end', current: 0, key: 'End' as const, count: 100_000, pageRows: 20, expected: 99_999 },
    { name: 'empty list', current: 0, key: 'ArrowDown' as const, count: 0, pageRows: 20, expected: -1 },
  ];
  it.each(cases)('$name', ({ current, key, count, pageRows, expected }) =>
    expect(nextIndex(current, key, count, pageRows)).toBe(expected),
  );

  it('recognises only list keys', () => {
    expect(isNavigationKey('PageDown')).toBe(true);
    expect(isNavigationKey('Enter')).toBe(false);
  });
});
