import { describe, expect, it } from 'vitest';
import { parseQuery, toFtsMatch } from './parse-query';
import { MAX_SEARCH_TERMS, searchTerms, searchTermsNotice } from './to-fts-match';

describe('toFtsMatch', () => {
  const cases = [
    { name: 'no terms', input: [], expected: null },
    { name: 'one word is a prefix', input: ['bitc'], expected: '"bitc"*' },
    { name: 'only the last bare word is a prefix', input: ['bitcoin', 'min'], expected: '"bitcoin" "min"*' },
    { name: 'a phrase stays a phrase, never a prefix', input: ['bitcoin', 'proof of work'], expected: '"bitcoin" "proof of work"' },
    { name: 'quotes are doubled', input: ['say"hi'], expected: '"say""hi"*' },
    { name: 'every quote of a term is doubled', input: ['a"b"c'], expected: '"a""b""c"*' },
    { name: 'quotes side by side, at both ends', input: ['""x""'], expected: '"""""x"""""' },
    { name: 'several quoted terms, one a phrase', input: ['"a"', 'b "c" d', 'e""'], expected: '"""a""" "b ""c"" d" "e"""""' },
    { name: 'a star after a quote is text', input: ['"bitc"*'], expected: '"""bitc""*"' },
    { name: 'a repeated word is searched once', input: ['bitcoin', 'Bitcoin', 'energy', 'BITCOIN'], expected: '"bitcoin" "energy"*' },
    { name: '160 copies of a* are one prefix', input: Array<string>(160).fill('a*'), expected: '"a"*' },
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

  it('searches at most the first 32 different terms, and says how many it left out', () => {
    const words = Array.from({ length: 40 }, (_, i) => `w${i}`);
    const used = searchTerms([...words, 'w0', 'W1']);
    expect(used).toEqual({ terms: words.slice(0, MAX_SEARCH_TERMS), omitted: 8 });
    expect(MAX_SEARCH_TERMS).toBe(32);
    expect(toFtsMatch(words)).toBe(`${words.slice(0, 32).map((w) => `"${w}"`).join(' ')}*`);
    expect(searchTermsNotice(used)).toBe('Searched the first 32 of 40 different words; the other 8 were left out.');
    expect(searchTermsNotice(searchTerms(Array<string>(160).fill('a*')))).toBeNull();
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
