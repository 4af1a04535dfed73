import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { doubleQuoted, scalarText, singleQuoted, type ScalarOptions, type ScalarValue } from './render-scalar';
import { blockScalarText } from './block-scalar';

describe('scalarText', () => {
  const single: ScalarOptions = { style: 'single', quote: 'single' };
  const plain: ScalarOptions = { style: 'plain', quote: 'single' };
  const plainDouble: ScalarOptions = { style: 'plain', quote: 'double' };
  const fresh: ScalarOptions = { style: 'new', quote: 'single' };
  const cases: { name: string; value: ScalarValue; options: ScalarOptions; expected: string }[] = [
    { name: 'single keeps quotes', value: 'MINING', options: single, expected: "'MINING'" },
    { name: 'single doubles apostrophes', value: "Прем'єр it's", options: single, expected: "'Прем''єр it''s'" },
    { name: 'double escapes', value: 'say "hi" \\ now', options: { style: 'double', quote: 'double' }, expected: '"say \\"hi\\" \\\\ now"' },
    { name: 'plain stays plain', value: 'Hello world', options: plain, expected: 'Hello world' },
    { name: 'plain quoted when unsafe, document quotes', value: 'Note: this', options: plain, expected: "'Note: this'" },
    { name: 'plain quoted with double in a double document', value: '001', options: plainDouble, expected: '"001"' },
    { name: 'plain "true" quoted', value: 'true', options: plain, expected: "'true'" },
    { name: 'plain "null" quoted', value: 'null', options: plain, expected: "'null'" },
    { name: 'plain "2026" quoted', value: '2026', options: plain, expected: "'2026'" },
    { name: 'plain leading space quoted', value: ' x', options: plain, expected: "' x'" },
    { name: 'plain "- y" quoted', value: '- y', options: plain, expected: "'- y'" },
    { name: 'plain date quoted unless allowed', value: '2026-02-01', options: plain, expected: "'2026-02-01'" },
    { name: 'plain date allowed', value: '2026-02-01', options: { ...plain, allowTimestamp: true }, expected: '2026-02-01' },
    { name: 'multi-line → double quoted, escaped', value: 'one\ntwo', options: single, expected: '"one\\ntwo"' },
    { name: 'control character → double quoted', value: 'bell\u0007', options: single, expected: '"bell\\x07"' },
    { name: 'new: simple word plain', value: 'NEUTRAL', options: fresh, expected: 'NEUTRAL' },
    { name: 'new: sentence quoted', value: 'Hello world', options: fresh, expected: "'Hello world'" },
    { name: 'new: url quoted', value: 'https://x.com/a.jpg', options: fresh, expected: "'https://x.com/a.jpg'" },
    { name: 'flow: comma forces quotes', value: 'a, b', options: { style: 'plain', quote: 'single', flow: true }, expected: "'a, b'" },
    { name: 'number', value: 0.5, options: single, expected: '0.5' },
    { name: 'negative integer', value: -3, options: single, expected: '-3' },
    { name: 'NaN', value: Number.NaN, options: single, expected: '.nan' },
    { name: 'boolean', value: false, options: single, expected: 'false' },
    { name: 'null', value: null, options: single, expected: 'null' },
    { name: 'very long line is never folded', value: 'word '.repeat(60).trim(), options: plain, expected: 'word '.repeat(60).trim() },
  ];
  it.each(cases)('$name', ({ value, options, expected }) => {
    expect(scalarText(value, options)).toBe(expected);
    expect(parse(`k: ${expected}\n`)).toEqual({ k: value });
  });
});

describe('quoting', () => {
  it('round-trips awkward strings through both quote styles', () => {
    const samples = ["it's", 'back\\slash', 'tab\tin', '# hash', 'ünïcödé ШІ 🚀', '"dq"'];
    for (const sample of samples) {
      expect(parse(`k: ${singleQuoted(sample)}\n`)).toEqual({ k: sample });
      expect(parse(`k: ${doubleQuoted(sample)}\n`)).toEqual({ k: sample });
    }
    const escaped = ['line\nbreak', 'cr\rlf', 'nul\0', 'del\x7f', 'nel\u0085', 'ls\u2028', 'bom\ufeff'];
    for (const sample of escaped) expect(parse(`k: ${doubleQuoted(sample)}\n`)).toEqual({ k: sample });
  });
});

describe('blockScalarText', () => {
  const cases = [
    { name: 'single line folded, strip', value: 'Short', indicator: '>' as const, expected: { header: '>-', lines: ['  Short'] } },
    { name: 'single line literal, clip', value: 'Short\n', indicator: '|' as const, expected: { header: '|', lines: ['  Short'] } },
    { name: 'multi-line folded becomes literal', value: 'one\ntwo', indicator: '>' as const, expected: { header: '|-', lines: ['  one', '  two'] } },
    { name: 'blank line inside', value: 'one\n\ntwo\n', indicator: '|' as const, expected: { header: '|', lines: ['  one', '', '  two'] } },
    { name: 'keep chomping', value: 'one\n\n', indicator: '|' as const, expected: { header: '|+', lines: ['  one', ''] } },
  ];
  it.each(cases)('$name', ({ value, indicator, expected }) => {
    const result = blockScalarText(value, indicator, '  ');
    expect(result).toEqual(expected);
    expect(parse(`k: ${expected.header}\n${expected.lines.join('\n')}\nnext: 1\n`)).toEqual({ k: value, next: 1 });
  });

  it('refuses what a block scalar cannot hold exactly', () => {
    for (const value of ['', '\n', '  indented first line', 'x\n   \ny', 'cr\r\nlf', 'bell\u0007']) {
      expect(blockScalarText(value, '|', '  ')).toBeNull();
    }
  });
});
