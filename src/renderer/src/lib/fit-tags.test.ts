import { describe, expect, it } from 'vitest';
import { fitTags } from './fit-tags';

describe('fitTags', () => {
  const cases = [
    { name: 'no tags', tags: [], budget: 30, shown: [], hidden: [] },
    { name: 'short tags all fit', tags: ['BTC', 'ETF', 'MARKETS'], budget: 30, shown: ['BTC', 'ETF', 'MARKETS'], hidden: [] },
    {
      name: 'long tags leave room for +N',
      tags: ['HARDWARE', 'IMMERSIONCOOLING', 'MINING'],
      budget: 30,
      shown: ['HARDWARE', 'IMMERSIONCOOLING'],
      hidden: ['MINING'],
    },
    { name: 'the first tag always shows', tags: ['AVERYVERYLONGTAGINDEED', 'X'], budget: 5, shown: ['AVERYVERYLONGTAGINDEED'], hidden: ['X'] },
    {
      name: 'stops at the first that does not fit (keeps order)',
      tags: ['DATACENTERS', 'ENERGY', 'REGULATION', 'AI'],
      budget: 30,
      shown: ['DATACENTERS', 'ENERGY'],
      hidden: ['REGULATION', 'AI'],
    },
  ];
  it.each(cases)('$name', ({ tags, budget, shown, hidden }) => expect(fitTags(tags, budget)).toEqual({ shown, hidden }));
});
