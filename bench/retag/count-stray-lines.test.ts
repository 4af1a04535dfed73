import { describe, expect, it } from 'vitest';
import { countStrayLines } from './count-stray-lines';

const doc = (...lines: string[]): string => `${lines.join('\n')}\n`;

describe('countStrayLines', () => {
  const cases = [
    { name: 'identical', before: doc('---', 'title: A', 'tags:', '  - X', '---', 'Body'), after: doc('---', 'title: A', 'tags:', '  - X', '---', 'Body'), expected: 0 },
    { name: 'a tag renamed', before: doc('---', 'title: A', 'tags:', '  - X', '---', 'Body'), after: doc('---', 'title: A', 'tags:', '  - Y', '---', 'Body'), expected: 0 },
    { name: 'category and a tag added', before: doc('---', 'category: A', 'tags: [X]', 'draft: false', '---'), after: doc('---', 'category: B', 'tags: [X, Y]', 'draft: false', '---'), expected: 0 },
    { name: 'quotes dropped elsewhere', before: doc('---', "title: 'A'", 'tags:', '  - X', '---'), after: doc('---', 'title: A', 'tags:', '  - Y', '---'), expected: 2 },
    { name: 'a list item of another key', before: doc('---', 'keywords:', '  - a', '---'), after: doc('---', 'keywords:', '  - b', '---'), expected: 2 },
    { name: 'a body line', before: doc('---', 'tags: [X]', '---', 'Body'), after: doc('---', 'tags: [X]', '---', 'Body!'), expected: 2 },
  ];
  it.each(cases)('$name → $expected', ({ before, after, expected }) => {
    expect(countStrayLines(before, after)).toBe(expected);
  });
});
