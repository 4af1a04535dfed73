import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from './parse-frontmatter';
import { readFrontmatter } from './read-frontmatter';

const file = (...lines: string[]): string => `${lines.join('\n')}\n`;

/** The error line parseFrontmatter reports, or 'ok'. */
function errorLine(text: string): number | 'ok' | undefined {
  const result = parseFrontmatter(text);
  return result.ok ? 'ok' : result.error.line;
}

describe('repeated keys (checked by us, in one pass)', () => {
  const cases = [
    { name: 'at the top level, at the second key', text: file('---', 'title: a', 'lang: en', 'title: b', '---'), expected: 4 },
    { name: 'inside a nested mapping', text: file('---', 'ai:', '  version: 1', '  version: 2', 'title: a', '---'), expected: 4 },
    { name: 'inside a flow mapping', text: file('---', 'cover: { src: a, src: b }', '---'), expected: 2 },
    { name: 'the first of two repeats', text: file('---', 'a: 1', 'b: 1', 'b: 2', 'a: 2', '---'), expected: 4 },
    { name: 'a repeat before a syntax error', text: file('---', 'a: 1', 'a: 2', "b: 'open", '---'), expected: 3 },
    { name: 'a syntax error before a repeat', text: file('---', "b: 'open", 'a: 1', 'a: 2', '---'), expected: 2 },
    { name: 'the same key in two mappings is fine', text: file('---', 'one:', '  x: 1', 'two:', '  x: 2', '---'), expected: 'ok' },
    { name: '1 and "1" are different keys', text: file('---', '1: a', "'1': b", '---'), expected: 'ok' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(errorLine(c.text)).toBe(c.expected);
    });
  }

  it('names the problem as the yaml package did', () => {
    const result = parseFrontmatter(file('---', 'title: a', 'title: b', '---'));
    expect(result.ok ? null : result.error).toEqual({ code: 'yaml-syntax', message: 'Frontmatter YAML error on line 3: Map keys must be unique', line: 3 });
  });

  it('reads 5,000 keys, and finds a repeat of the first one at the end', () => {
    const keys = Array.from({ length: 5_000 }, (_, i) => `k${i}: v${i}`);
    const read = readFrontmatter(file('---', ...keys, '---'));
    expect(read.ok && Object.keys(read.data).length).toBe(5_000);
    expect(errorLine(file('---', ...keys, 'k0: again', '---'))).toBe(5_002);
  });
});
