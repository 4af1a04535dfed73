import { describe, expect, it } from 'vitest';
import { snippetSegments } from './snippet';

describe('snippetSegments', () => {
  const cases = [
    { name: 'empty', input: '', expected: [] },
    { name: 'no markers', input: 'plain text', expected: [{ text: 'plain text', match: false }] },
    {
      name: 'one match in context',
      input: '…the \uE000miners\uE001 moved…',
      expected: [
        { text: '…the ', match: false },
        { text: 'miners', match: true },
        { text: ' moved…', match: false },
      ],
    },
    {
      name: 'match at both ends',
      input: '\uE000a\uE001 b \uE000c\uE001',
      expected: [
        { text: 'a', match: true },
        { text: ' b ', match: false },
        { text: 'c', match: true },
      ],
    },
    { name: 'unclosed start highlights to the end', input: 'x \uE000y', expected: [{ text: 'x ', match: false }, { text: 'y', match: true }] },
    { name: 'stray end is dropped', input: 'x\uE001y', expected: [{ text: 'xy', match: false }] },
    { name: 'html stays text', input: '<b>\uE000&amp;\uE001', expected: [{ text: '<b>', match: false }, { text: '&amp;', match: true }] },
  ];
  it.each(cases)('$name', ({ input, expected }) => expect(snippetSegments(input)).toEqual(expected));
});
