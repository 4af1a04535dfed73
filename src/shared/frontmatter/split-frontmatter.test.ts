import { describe, expect, it } from 'vitest';
import { opensFrontmatter, splitFrontmatter, type FrontmatterBlock } from './split-frontmatter';

const cases: { name: string; input: string; expected: FrontmatterBlock | null }[] = [
  { name: 'LF', input: '---\na: 1\n---\nbody\n', expected: { bom: false, eol: '\n', yamlFrom: 4, yamlTo: 9, bodyFrom: 13 } },
  {
    name: 'CRLF',
    input: '---\r\na: 1\r\n---\r\nbody\r\n',
    expected: { bom: false, eol: '\r\n', yamlFrom: 5, yamlTo: 11, bodyFrom: 16 },
  },
  { name: 'BOM', input: '\uFEFF---\na: 1\n---\nbody', expected: { bom: true, eol: '\n', yamlFrom: 5, yamlTo: 10, bodyFrom: 14 } },
  { name: 'empty block', input: '---\n---\nbody', expected: { bom: false, eol: '\n', yamlFrom: 4, yamlTo: 4, bodyFrom: 8 } },
  { name: 'closing --- at end of file without newline', input: '---\na: 1\n---', expected: { bom: false, eol: '\n', yamlFrom: 4, yamlTo: 9, bodyFrom: 12 } },
  { name: 'trailing spaces after delimiters', input: '---  \na: 1\n--- \nb', expected: { bom: false, eol: '\n', yamlFrom: 6, yamlTo: 11, bodyFrom: 16 } },
  {
    name: 'a --- rule in the body is not the closing line',
    input: '---\na: 1\n---\nintro\n\n---\n\nmore\n',
    expected: { bom: false, eol: '\n', yamlFrom: 4, yamlTo: 9, bodyFrom: 13 },
  },
  { name: 'no frontmatter', input: 'Just a body\n---\n', expected: null },
  { name: 'never closed', input: '---\na: 1\nbody\n', expected: null },
  { name: 'only an opening line', input: '---', expected: null },
  { name: '---- is not a delimiter', input: '----\na: 1\n----\n', expected: null },
  { name: 'indented closing line does not close', input: '---\na: 1\n ---\n', expected: null },
  { name: 'empty text', input: '', expected: null },
];

describe('splitFrontmatter', () => {
  it.each(cases)('$name', ({ input, expected }) => {
    expect(splitFrontmatter(input)).toEqual(expected);
  });
});

describe('opensFrontmatter', () => {
  it.each([
    ['an unclosed block', '---\ntitle: x\n', true],
    ['a lone --- with no newline', '---', true],
    ['a CRLF opening with trailing spaces', '---  \r\ntitle: x', true],
    ['a BOM before the opening', '\uFEFF---\ntitle: x', true],
    ['a closed block', '---\na: 1\n---\n', true],
    ['a body only', 'Just a body\n---\n', false],
    ['another fence', '---js\nmodule.exports = {}\n---\n', false],
    ['an empty text', '', false],
  ])('%s', (_name, input, expected) => {
    expect(opensFrontmatter(input)).toBe(expected);
  });
});
