import { describe, expect, it } from 'vitest';
import { lineDiff, type DiffHunk } from './line-diff';

const lines = (...rows: string[]): string => `${rows.join('\n')}\n`;
const ctx = (text: string) => ({ kind: ' ' as const, text });
const del = (text: string) => ({ kind: '-' as const, text });
const add = (text: string) => ({ kind: '+' as const, text });

const LONG = Array.from({ length: 40 }, (_, i) => `line ${i + 1}`);

interface DiffCase {
  name: string;
  before: string;
  after: string;
  context?: number;
  expected: DiffHunk[];
}

const cases: DiffCase[] = [
  { name: 'identical texts', before: lines('a', 'b'), after: lines('a', 'b'), expected: [] },
  { name: 'both empty', before: '', after: '', expected: [] },
  { name: 'one line replaced, one line of context', before: lines('a', 'b', 'c', 'd'), after: lines('a', 'B', 'c', 'd'), expected: [{ oldStart: 1, newStart: 1, lines: [ctx('a'), del('b'), add('B'), ctx('c')] }] },
  { name: 'context 0', before: lines('a', 'b', 'c'), after: lines('a', 'B', 'c'), context: 0, expected: [{ oldStart: 2, newStart: 2, lines: [del('b'), add('B')] }] },
  { name: 'insertion', before: lines('tags:', '  - A', 'draft: false'), after: lines('tags:', '  - A', '  - B', 'draft: false'), expected: [{ oldStart: 2, newStart: 2, lines: [ctx('  - A'), add('  - B'), ctx('draft: false')] }] },
  { name: 'deletion of the first line', before: lines('x', 'a', 'b'), after: lines('a', 'b'), expected: [{ oldStart: 1, newStart: 1, lines: [del('x'), ctx('a')] }] },
  { name: 'insertion at the start, no context: new side numbers its next line', before: lines('a'), after: lines('x', 'a'), context: 0, expected: [{ oldStart: 1, newStart: 1, lines: [add('x')] }] },
  { name: 'everything added', before: '', after: lines('a', 'b'), expected: [{ oldStart: 1, newStart: 1, lines: [add('a'), add('b')] }] },
  { name: 'everything removed', before: lines('a'), after: '', expected: [{ oldStart: 1, newStart: 1, lines: [del('a')] }] },
  {
    name: 'two distant changes in a long text make two hunks',
    before: lines(...LONG),
    after: lines(...LONG.map((l) => (l === 'line 3' || l === 'line 30' ? l.toUpperCase() : l))),
    expected: [
      { oldStart: 2, newStart: 2, lines: [ctx('line 2'), del('line 3'), add('LINE 3'), ctx('line 4')] },
      { oldStart: 29, newStart: 29, lines: [ctx('line 29'), del('line 30'), add('LINE 30'), ctx('line 31')] },
    ],
  },
  {
    name: 'changes two lines apart merge with context 1',
    before: lines('a', 'b', 'c', 'd', 'e'),
    after: lines('a', 'B', 'c', 'D', 'e'),
    expected: [{ oldStart: 1, newStart: 1, lines: [ctx('a'), del('b'), add('B'), ctx('c'), del('d'), add('D'), ctx('e')] }],
  },
  {
    name: 'changes three lines apart stay separate with context 0',
    before: lines('a', 'b', 'c', 'd'),
    after: lines('A', 'b', 'c', 'D'),
    context: 0,
    expected: [
      { oldStart: 1, newStart: 1, lines: [del('a'), add('A')] },
      { oldStart: 4, newStart: 4, lines: [del('d'), add('D')] },
    ],
  },
  {
    name: 'middle is aligned, not replaced wholesale (Myers)',
    before: lines('a', 'x', 'b', 'y', 'c'),
    after: lines('a', 'b', 'c'),
    context: 0,
    expected: [
      { oldStart: 2, newStart: 2, lines: [del('x')] },
      { oldStart: 4, newStart: 3, lines: [del('y')] },
    ],
  },
  {
    name: 'a block list collapsed to a flow list',
    before: lines('---', 'tags:', '  - MINING', '  - AI', 'draft: false', '---'),
    after: lines('---', 'tags: []', 'draft: false', '---'),
    expected: [{ oldStart: 1, newStart: 1, lines: [ctx('---'), del('tags:'), del('  - MINING'), del('  - AI'), add('tags: []'), ctx('draft: false')] }],
  },
  {
    name: 'CRLF: text without \\r, line ending reported',
    before: 'a\r\nb\r\nc\r\n',
    after: 'a\r\nB\r\nc\r\n',
    expected: [
      {
        oldStart: 1,
        newStart: 1,
        lines: [
          { kind: ' ', text: 'a', eol: 'crlf' },
          { kind: '-', text: 'b', eol: 'crlf' },
          { kind: '+', text: 'B', eol: 'crlf' },
          { kind: ' ', text: 'c', eol: 'crlf' },
        ],
      },
    ],
  },
  {
    name: 'only the line ending differs: still a change',
    before: 'a\nb\nc\n',
    after: 'a\nb\r\nc\n',
    context: 0,
    expected: [{ oldStart: 2, newStart: 2, lines: [{ kind: '-', text: 'b' }, { kind: '+', text: 'b', eol: 'crlf' }] }],
  },
  {
    name: 'missing final newline',
    before: 'a\nb',
    after: 'a\nb\n',
    context: 0,
    expected: [{ oldStart: 2, newStart: 2, lines: [{ kind: '-', text: 'b', eol: 'none' }, { kind: '+', text: 'b' }] }],
  },
  {
    name: 'repeated lines: the shortest script',
    before: lines('-', '-', 'x', '-'),
    after: lines('-', 'x', '-', '-'),
    context: 0,
    expected: [
      { oldStart: 2, newStart: 2, lines: [del('-')] },
      { oldStart: 4, newStart: 3, lines: [add('-')] },
    ],
  },
];

describe('lineDiff', () => {
  it.each(cases)('$name', ({ before, after, context, expected }) => {
    expect(lineDiff(before, after, context)).toEqual(expected);
  });

  it('replacing a long text wholesale stays correct (beyond the Myers cut-off)', () => {
    const before = lines(...Array.from({ length: 1500 }, (_, i) => `old ${i}`));
    const after = lines(...Array.from({ length: 1500 }, (_, i) => `new ${i}`));
    const [hunk, ...rest] = lineDiff(before, after);
    expect(rest).toEqual([]);
    expect(hunk?.lines.filter((l) => l.kind === '-')).toHaveLength(1500);
    expect(hunk?.lines.filter((l) => l.kind === '+')).toHaveLength(1500);
    expect(hunk?.lines[0]).toEqual(del('old 0'));
    expect(hunk?.lines[1500]).toEqual(add('new 0'));
  });

  it('one changed line in a 20,000-line text is one small hunk', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `row ${i}`);
    const before = lines(...rows);
    const after = lines(...rows.map((r, i) => (i === 10_000 ? 'changed' : r)));
    const hunks = lineDiff(before, after);
    expect(hunks).toEqual([{ oldStart: 10_000, newStart: 10_000, lines: [ctx('row 9999'), del('row 10000'), add('changed'), ctx('row 10001')] }]);
  });
});
