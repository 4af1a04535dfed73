import { describe, expect, it } from 'vitest';
import { parseQuery } from '@shared/query/parse-query';
import { categoryQuery, tagQuery } from './retag-queries';

describe('taxonomy queries', () => {
  const cases = [
    { name: 'one tag', query: tagQuery(['MINING']), expected: 'tag:"MINING"', tags: ['MINING'] },
    { name: 'a tag with a space', query: tagQuery(['BITCOIN MINING']), expected: 'tag:"BITCOIN MINING"', tags: ['BITCOIN MINING'] },
    { name: 'several tags, ORed', query: tagQuery(['Mining', 'MINING', 'Mining']), expected: 'tag:"Mining" tag:"MINING"', tags: ['Mining', 'MINING'] },
    { name: 'a quote cannot be filtered: every article', query: tagQuery(['say "hi"']), expected: '', tags: [] },
  ];
  it.each(cases)('$name', ({ query, expected, tags }) => {
    expect(query).toBe(expected);
    // The query the library runs reads back as exactly these tag filters.
    const parsed = parseQuery(query);
    expect(parsed.filters.tag).toEqual(tags);
    expect(parsed.warnings).toEqual([]);
  });

  it('filters a category', () => {
    expect(parseQuery(categoryQuery('AI & MARKETS')).filters.category).toEqual(['AI & MARKETS']);
  });
});
