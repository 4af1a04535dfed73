import { describe, expect, it } from 'vitest';
import { applyChanges } from './text-change';

describe('applyChanges', () => {
  const cases = [
    { name: 'no changes', changes: [], expected: 'hello world' },
    { name: 'replace', changes: [{ from: 6, to: 11, insert: 'there' }], expected: 'hello there' },
    { name: 'insert at start and end', changes: [{ from: 0, to: 0, insert: '> ' }, { from: 11, to: 11, insert: '!' }], expected: '> hello world!' },
    { name: 'delete and touching insert', changes: [{ from: 0, to: 6, insert: '' }, { from: 6, to: 6, insert: 'big ' }], expected: 'big world' },
  ];
  it.each(cases)('$name', ({ changes, expected }) => {
    expect(applyChanges('hello world', changes)).toBe(expected);
  });

  it('refuses overlapping or unsorted changes', () => {
    expect(() => applyChanges('hello', [{ from: 2, to: 4, insert: '' }, { from: 3, to: 5, insert: '' }])).toThrow(RangeError);
    expect(() => applyChanges('hello', [{ from: 0, to: 9, insert: '' }])).toThrow(RangeError);
  });
});
