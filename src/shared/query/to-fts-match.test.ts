import { describe, expect, it } from 'vitest';
import { parseQuery, toFtsMatch } from './parse-query';

describe('toFtsMatch', () => {
  const cases = [
    { name: 'no terms', input: [], expected: null },
    { name: 'one word is a prefix', input: ['bitc'], expected: '"bitc"*' },
    { name: 'only the last bare word is a prefix', input: ['bitcoin', 'min'], expected: '"bitcoin" "min"*' },
    { name: 'a phrase stays a phrase, never a prefix', input: ['bitcoin', 'proof of work'], expected: '"bitcoin" "proof of work"' },
    { name: 'quotes are doubled', input: ['say"hi'], expected: '"say""hi"*' },
    { name: 'operators are plain words', input: ['AND', 'OR', 'NOT', 'NEAR'], expected: '"AND" "OR" "NOT" "NEAR"*' },
    { name: 'parentheses and column syntax are literal', input: ['(title:x)', 'NEAR(a'], expected: '"(title:x)" "NEAR(a"*' },
    { name: 'a typed star asks for a prefix anywhere', input: ['bitc*', 'energy'], expected: '"bitc"* "energy"*' },
    { name: 'a lone star is dropped', input: ['*', 'xyz'], expected: '"xyz"*' },
    { name: 'a word being typed is a prefix only from three letters', input: ['ma'], expected: '"ma"' },
    { name: 'a short word with a typed star is a prefix', input: ['m*'], expected: '"m"*' },
    { name: 'three letters of any script make a prefix', input: ['біт'], expected: '"біт"*' },
    { name: 'punctuation-only terms are dropped', input: [':', '"', '()', '-'], expected: null },
    { name: 'no prefix after trailing punctuation', input: ['c++'], expected: '"c++"' },
    { name: 'Cyrillic', input: ['Майнінг', 'біт'], expected: '"Майнінг" "біт"*' },
    { name: 'diacritics', input: ['café'], expected: '"café"*' },
    { name: 'NUL and control characters become spaces', input: ['a\u0000b\u0007'], expected: '"a b"' },
    { name: 'lone surrogate is dropped', input: ['\uD800'], expected: null },
  ];

  it.each(cases)('$name', ({ input, expected }) => {
    expect(toFtsMatch(input)).toBe(expected);
  });

  it('works end to end from the search box', () => {
    expect(toFtsMatch(parseQuery('lang:uk "proof of work" hal').terms)).toBe('"proof of work" "hal"*');
    expect(toFtsMatch(parseQuery('tag:X -lang:en').terms)).toBeNull();
  });

  it('produces only balanced FTS5 strings for any input', () => {
    // Every output must be a sequence of "…" strings (with "" escapes), each optionally followed by *.
    const shape = /^"(?:[^"]|"")+"\*?(?: "(?:[^"]|"")+"\*?)*$/u;
    const pieces = ['"', '(', ')', '*', ':', '^', '-', '+', ' ', 'a', 'AND', 'NEAR', 'й', '\u0000', 'x:', '😀', '\uD800', '\t'];
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let i = 0; i < 5000; i++) {
      let input = '';
      for (let k = next() % 10; k > 0; k--) input += pieces[next() % pieces.length];
      const match = toFtsMatch(parseQuery(input).terms);
      if (match === null) continue;
      expect(match).toMatch(shape);
      expect(match.includes('\u0000')).toBe(false);
    }
  });
});
