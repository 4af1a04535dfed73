import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize-text';

/** What normalizeText computed before it was made linear: recorded approvals hash with it. */
function previousNormalize(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .replace(/^\n+|\n+$/g, '');
}

describe('normalizeText', () => {
  const cases = [
    { name: 'CRLF and lone CR become LF', input: 'a\r\nb\rc', expected: 'a\nb\nc' },
    { name: 'a BOM is dropped', input: '\uFEFFtitle', expected: 'title' },
    { name: 'trailing spaces and tabs go, leading ones stay', input: '  a \t\n\tb  ', expected: '  a\n\tb' },
    { name: 'surrounding blank lines go, inner ones stay', input: '\n \n a\n\n\nb\n\t\n', expected: ' a\n\n\nb' },
    { name: 'a non-breaking space at a line end is text', input: 'a\u00A0\nb', expected: 'a\u00A0\nb' },
    { name: 'spaces before U+2028 go, as `$` matched there', input: 'a \u2028b \u2029', expected: 'a\u2028b\u2029' },
    { name: 'only whitespace', input: ' \t\r\n \n', expected: '' },
    { name: 'empty', input: '', expected: '' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(normalizeText(c.input)).toBe(c.expected);
    });
  }

  // Texts with nothing to change but the blank lines around them take a shortcut (a slice):
  // each case below has one thing the shortcut must notice, framed by the usual blank lines.
  const shortcutCases = [
    { name: 'already normal: only the surrounding blank lines go', input: '\n\nFirst line.\n\nSecond line.\n', expected: 'First line.\n\nSecond line.' },
    { name: 'a tab before LF', input: '\nword\t\nnext\n', expected: 'word\nnext' },
    { name: 'spaces before U+2028 and U+2029', input: '\nword  \u2028next\t\u2029last\n', expected: 'word\u2028next\u2029last' },
    { name: 'U+2028 without spaces is kept, also at the ends', input: '\n\u2028word\u2028\n', expected: '\u2028word\u2028' },
    { name: 'CRLF inside', input: '\nword\r\nnext\n', expected: 'word\nnext' },
    { name: 'CRLF at the end', input: '\nword\r\n', expected: 'word' },
    { name: 'a lone CR', input: 'word\rnext', expected: 'word\nnext' },
    { name: 'a BOM at the start', input: '\uFEFF\nword\n', expected: 'word' },
    { name: 'a BOM after the leading blank lines stays, as it did', input: '\n\uFEFFword\n', expected: '\uFEFFword' },
    { name: 'trailing spaces at the end of the text', input: '\nword  ', expected: 'word' },
    { name: 'trailing spaces on the last line before the final LF', input: '\nword \t\n\n', expected: 'word' },
    { name: 'a leading line of spaces is a blank line', input: '\n  \nword\n', expected: 'word' },
    { name: 'only LFs', input: '\n\n\n', expected: '' },
  ];
  for (const c of shortcutCases) {
    it(`shortcut: ${c.name}`, () => {
      expect(normalizeText(c.input)).toBe(c.expected);
      expect(previousNormalize(c.input)).toBe(c.expected);
    });
  }

  it('gives what the regular expressions gave, on every short mix of the awkward characters', () => {
    const alphabet = [' ', '\t', '\n', '\r', 'a', '\u2028', '\uFEFF', '\u00A0'];
    // All strings of up to 5 characters: 8^5 = 32,768 of them.
    let strings = [''];
    for (let length = 1; length <= 5; length++) {
      strings = strings.flatMap((s) => (s.length === length - 1 ? [s, ...alphabet.map((ch) => s + ch)] : [s]));
    }
    const differing = strings.filter((s) => normalizeText(s) !== previousNormalize(s));
    expect(differing).toEqual([]);
  });

  // Hostile input from issue 15: the `/[ \t]+$/gm` it replaces took over a minute on this
  // (Vitest stops it at its default 5 s timeout); bench/hostile times it.
  it('keeps a line of 100,000 spaces between two words, and 100,000 inner blank lines', () => {
    const spaces = ' '.repeat(100_000);
    expect(normalizeText(`word${spaces}word  \n`)).toBe(`word${spaces}word`);
    const blank = '\n'.repeat(100_000);
    expect(normalizeText(`\n\nword${blank}word\n\n`)).toBe(`word${blank}word`);
  });
});
