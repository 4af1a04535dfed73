import { describe, expect, it } from 'vitest';
import { splitBlocks } from './split-blocks';
import { bodyOf, fixture } from './test-support/fixtures';

describe('splitBlocks on the seed (uk)', () => {
  const body = bodyOf(fixture('coreweave.uk.md'));
  const blocks = splitBlocks(body);

  it('finds four sections of headings, paragraphs and list items, with body lines', () => {
    expect(blocks.map((b) => [b.kind, b.level ?? null, b.line])).toEqual([
      ['heading', 2, 1],
      ['paragraph', null, 3],
      ['heading', 2, 5],
      ['paragraph', null, 7],
      ['paragraph', null, 9],
      ['paragraph', null, 11],
      ['heading', 2, 13],
      ['paragraph', null, 15],
      ['paragraph', null, 17],
      ['heading', 2, 19],
      ['list-item', 1, 21],
      ['list-item', 1, 22],
      ['list-item', 1, 23],
      ['list-item', 1, 24],
      ['list-item', 1, 25],
    ]);
  });

  it('gives each block its text as written, and offsets into the body', () => {
    expect(blocks[0]?.text).toBe('## Огляд');
    expect(blocks[6]?.text).toBe('## Від автора');
    expect(blocks[14]?.text.startsWith('- Ослаблення контролю')).toBe(true);
    for (const block of blocks) expect(body.slice(block.from, block.to)).toBe(block.text);
  });
});

describe('splitBlocks', () => {
  const cases = [
    {
      name: 'a fenced code block with blank lines is one block',
      body: 'Intro\n\n```js\nconst a = 1;\n\nconst b = 2;\n```\n\nAfter\n',
      expected: [
        { kind: 'paragraph', text: 'Intro', line: 1 },
        { kind: 'code', text: '```js\nconst a = 1;\n\nconst b = 2;\n```', line: 3 },
        { kind: 'paragraph', text: 'After', line: 9 },
      ],
    },
    {
      name: '--- at the start of the body is a rule, not frontmatter',
      body: '---\n\nText\n',
      expected: [
        { kind: 'rule', text: '---', line: 1 },
        { kind: 'paragraph', text: 'Text', line: 3 },
      ],
    },
    {
      name: '--- under a paragraph makes a setext heading',
      body: 'Title\n---\n\nText',
      expected: [
        { kind: 'heading', level: 2, text: 'Title\n---', line: 1 },
        { kind: 'paragraph', text: 'Text', line: 4 },
      ],
    },
    {
      name: 'nested list items are items too, and stop where their nested list starts',
      body: '- a\n  - b\n  - c\n- d\n',
      expected: [
        { kind: 'list-item', level: 1, text: '- a', line: 1 },
        { kind: 'list-item', level: 2, text: '- b', line: 2 },
        { kind: 'list-item', level: 2, text: '- c', line: 3 },
        { kind: 'list-item', level: 1, text: '- d', line: 4 },
      ],
    },
    {
      name: 'a loose ordered item keeps its paragraphs and code',
      body: '1. one\n2. two\n\n   more\n',
      expected: [
        { kind: 'list-item', level: 1, text: '1. one', line: 1 },
        { kind: 'list-item', level: 1, text: '2. two\n\n   more', line: 2 },
      ],
    },
    {
      name: 'quote, table, HTML, ATX heading; reference definitions are not blocks',
      body: '# H1\n\n> a\n> b\n\n| x | y |\n|---|---|\n| 1 | 2 |\n\n<div>\nhi\n</div>\n\n[ref]: https://example.com\n\n***\n',
      expected: [
        { kind: 'heading', level: 1, text: '# H1', line: 1 },
        { kind: 'quote', text: '> a\n> b', line: 3 },
        { kind: 'table', text: '| x | y |\n|---|---|\n| 1 | 2 |', line: 6 },
        { kind: 'html', text: '<div>\nhi\n</div>', line: 10 },
        { kind: 'rule', text: '***', line: 16 },
      ],
    },
    {
      name: 'indented code is code',
      body: 'Text\n\n    indented\n    code\n',
      expected: [
        { kind: 'paragraph', text: 'Text', line: 1 },
        { kind: 'code', text: '    indented\n    code', line: 3 },
      ],
    },
    {
      name: 'CRLF endings: text without the trailing \\r',
      body: '## A\r\n\r\nOne\r\ntwo\r\n',
      expected: [
        { kind: 'heading', level: 2, text: '## A', line: 1 },
        { kind: 'paragraph', text: 'One\r\ntwo', line: 3 },
      ],
    },
    { name: 'an empty body has no blocks', body: '\n\n', expected: [] },
  ];
  it.each(cases)('$name', ({ body, expected }) => {
    const blocks = splitBlocks(body);
    expect(blocks.map(({ kind, level, text, line }) => ({ kind, ...(level !== undefined && { level }), text, line }))).toEqual(expected);
    for (const block of blocks) expect(body.slice(block.from, block.to)).toBe(block.text);
  });
});
