import { describe, expect, it } from 'vitest';
import { clearFilters, facetTerm, hasFilter, parseFilterToken, toggleFilter, tokenizeQuery } from './query-filters';

describe('tokenizeQuery', () => {
  const cases = [
    { name: 'empty', input: '', expected: [] },
    { name: 'collapses whitespace', input: '  bitcoin   lang:uk ', expected: ['bitcoin', 'lang:uk'] },
    { name: 'keeps quoted runs', input: 'tag:"AI policy" mining', expected: ['tag:"AI policy"', 'mining'] },
  ];
  it.each(cases)('$name', ({ input, expected }) => expect(tokenizeQuery(input)).toEqual(expected));
});

describe('parseFilterToken', () => {
  const cases = [
    { input: 'lang:uk', expected: { key: 'lang', value: 'uk' } },
    { input: 'TAG:MINING', expected: { key: 'tag', value: 'MINING' } },
    { input: 'tag:"AI policy"', expected: { key: 'tag', value: 'AI policy' } },
    { input: 'bitcoin', expected: null },
    { input: '-lang:uk', expected: null },
    { input: 'lang:', expected: null },
  ];
  it.each(cases)('$input', ({ input, expected }) => expect(parseFilterToken(input)).toEqual(expected));
});

describe('toggleFilter', () => {
  const cases = [
    { name: 'adds to empty', query: '', term: { key: 'lang', value: 'uk' }, expected: 'lang:uk' },
    { name: 'appends after text', query: 'bitcoin', term: { key: 'tag', value: 'MINING' }, expected: 'bitcoin tag:MINING' },
    { name: 'removes existing', query: 'bitcoin lang:uk tag:MINING', term: { key: 'lang', value: 'uk' }, expected: 'bitcoin tag:MINING' },
    { name: 'removes case-insensitively', query: 'Lang:UK x', term: { key: 'lang', value: 'uk' }, expected: 'x' },
    { name: 'second value of the same key is added', query: 'lang:uk', term: { key: 'lang', value: 'en' }, expected: 'lang:uk lang:en' },
    { name: 'quotes values with spaces', query: '', term: { key: 'tag', value: 'AI policy' }, expected: 'tag:"AI policy"' },
    { name: 'removes quoted values', query: 'tag:"AI policy" x', term: { key: 'tag', value: 'AI policy' }, expected: 'x' },
  ];
  it.each(cases)('$name', ({ query, term, expected }) => expect(toggleFilter(query, term)).toBe(expected));

  it('round-trips: toggling twice restores the normalised query', () => {
    const query = 'ether  sentiment:NEGATIVE';
    const term = { key: 'lang', value: 'de' };
    expect(toggleFilter(toggleFilter(query, term), term)).toBe('ether sentiment:NEGATIVE');
  });
});

describe('hasFilter / facetTerm / clearFilters', () => {
  it('finds terms regardless of position', () => {
    expect(hasFilter('x lang:uk y', { key: 'lang', value: 'uk' })).toBe(true);
    expect(hasFilter('x lang:ukr', { key: 'lang', value: 'uk' })).toBe(false);
  });
  it('maps the validity facet onto invalid:true|false', () => {
    expect(facetTerm('validity', 'invalid')).toEqual({ key: 'invalid', value: 'true' });
    expect(facetTerm('validity', 'valid')).toEqual({ key: 'invalid', value: 'false' });
    expect(facetTerm('tag', 'MINING')).toEqual({ key: 'tag', value: 'MINING' });
  });
  it('keeps only free text', () => {
    expect(clearFilters('bitcoin lang:uk "hash rate" draft:true')).toBe('bitcoin "hash rate"');
  });
});
