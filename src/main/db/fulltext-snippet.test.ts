import { describe, expect, it } from 'vitest';
import { makeSnippet, snippetTerms } from './fulltext-snippet';

const mark = (s: string): string => s.replace(/\[/g, '\uE000').replace(/\]/g, '\uE001');

describe('snippetTerms', () => {
  const cases = [
    { name: 'last word is a prefix', input: ['bitcoin', 'etf'], expected: [{ token: 'bitcoin', prefix: false }, { token: 'etf', prefix: true }] },
    { name: 'accents folded', input: ['São'], expected: [{ token: 'sao', prefix: true }] },
    { name: 'phrase words exact', input: ['spot funds'], expected: [{ token: 'spot', prefix: false }, { token: 'funds', prefix: false }] },
    { name: 'explicit prefix', input: ['min*', 'x'], expected: [{ token: 'min', prefix: true }, { token: 'x', prefix: true }] },
  ];
  it.each(cases)('$name', ({ input, expected }) => {
    expect(snippetTerms(input)).toEqual(expected);
  });
});

describe('makeSnippet', () => {
  const cases = [
    {
      name: 'marks a match ignoring case and accents',
      text: 'Data centers from São Paulo to Texas.',
      terms: ['sao', 'paulo'],
      expected: mark('Data centers from [São] [Paulo] to Texas.'),
    },
    {
      name: 'Cyrillic prefix',
      text: 'Перехід від майнінгу криптовалют до обчислень ШІ',
      terms: ['майнінг'],
      expected: mark('Перехід від [майнінгу] криптовалют до обчислень ШІ'),
    },
    {
      name: 'cuts long text around the first match',
      text: `${'one two three four five six seven eight nine ten '.repeat(3)}bitcoin ${'after '.repeat(30)}`,
      terms: ['bitcoin'],
      expected: mark('…seven eight nine ten [bitcoin] after after after after after after after after after after after…'),
    },
    { name: 'no match', text: 'nothing here', terms: ['bitcoin'], expected: null },
    { name: 'whole words only unless prefix', text: 'bitcoins', terms: ['bitcoin', 'x'], expected: null },
  ];
  it.each(cases)('$name', ({ text, terms, expected }) => {
    expect(makeSnippet(text, snippetTerms(terms))).toBe(expected);
  });
});
