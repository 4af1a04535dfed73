import { describe, expect, it } from 'vitest';
import { locateYamlKey } from './locate-yaml-key';

const yaml = [
  "title: 'Hello'", // 1
  '# a comment with thumb: x', // 2
  'description: >-', // 3
  '  thumb: not a key, folded text', // 4
  'source:', // 5
  '  name: Cointelegraph', // 6
  '', // 7
  '  key: cointelegraph', // 8
  'tags:', // 9
  '- MINING', // 10
  '- BTC', // 11
  'coverImage:', // 12
  '    raw: https://a', // 13
  '    "thumb": nope', // 14
  'flow: { thumb: x }', // 15
  'list:', // 16
  '  - a', // 17
  '  - b', // 18
  'ai:', // 19
  '  translatedFrom: 1', // 20
].join('\n');

describe('locateYamlKey', () => {
  const cases = [
    { name: 'top-level key', path: ['title'], expected: 1 },
    { name: 'key after a comment mentioning it', path: ['description'], expected: 3 },
    { name: 'nested key', path: ['source', 'key'], expected: 8 },
    { name: 'quoted nested key, deep indent', path: ['coverImage', 'thumb'], expected: 14 },
    { name: 'compact sequence item', path: ['tags', 1], expected: 11 },
    { name: 'indented sequence item', path: ['list', 0], expected: 17 },
    { name: 'flow mapping falls back to its key', path: ['flow', 'thumb'], expected: 15 },
    { name: 'missing child falls back to parent', path: ['ai', 'version'], expected: 19 },
    { name: 'last key', path: ['ai', 'translatedFrom'], expected: 20 },
    { name: 'unknown top-level key', path: ['nope'], expected: null },
    { name: 'key inside a block scalar is not a key', path: ['thumb'], expected: null },
  ];
  it.each(cases)('$name', ({ path, expected }) => {
    expect(locateYamlKey(yaml, path)).toBe(expected);
  });
});
