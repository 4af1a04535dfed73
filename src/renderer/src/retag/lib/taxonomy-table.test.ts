import { describe, expect, it } from 'vitest';
import { filterRows, languagesOf, nextSort, sortRows } from './taxonomy-table';

interface Row {
  key: string;
  variants: string[];
  total: number;
  byLang: Record<string, number>;
}

const rows: Row[] = [
  { key: 'mining', variants: ['MINING', 'Mining'], total: 10, byLang: { en: 4, uk: 2, es: 2, pt: 2 } },
  { key: 'ai', variants: ['AI'], total: 3, byLang: { en: 2, uk: 1 } },
  { key: 'etf', variants: ['ETF'], total: 3, byLang: { es: 3 } },
  { key: 'Zebra', variants: ['Zebra'], total: 1, byLang: { uk: 1 } },
];
const name = (row: Row): string => row.key;

describe('taxonomy tables', () => {
  it('orders language columns by use', () => {
    expect(languagesOf(rows)).toEqual(['en', 'es', 'uk', 'pt']);
  });

  const sorts = [
    { sort: { key: 'total', dir: 'desc' }, expected: ['mining', 'ai', 'etf', 'Zebra'] },
    { sort: { key: 'total', dir: 'asc' }, expected: ['Zebra', 'ai', 'etf', 'mining'] },
    { sort: { key: 'name', dir: 'asc' }, expected: ['ai', 'etf', 'mining', 'Zebra'] },
    { sort: { key: 'lang:es', dir: 'desc' }, expected: ['etf', 'mining', 'ai', 'Zebra'] },
    { sort: { key: 'lang:uk', dir: 'desc' }, expected: ['mining', 'ai', 'Zebra', 'etf'] },
  ] as const;
  it.each(sorts)('sorts by $sort.key $sort.dir', ({ sort, expected }) => {
    expect(sortRows(rows, name, sort).map(name)).toEqual(expected);
  });

  it('flips the same column and starts a new one sensibly', () => {
    expect(nextSort({ key: 'total', dir: 'desc' }, 'total')).toEqual({ key: 'total', dir: 'asc' });
    expect(nextSort({ key: 'total', dir: 'desc' }, 'name')).toEqual({ key: 'name', dir: 'asc' });
    expect(nextSort({ key: 'name', dir: 'asc' }, 'lang:uk')).toEqual({ key: 'lang:uk', dir: 'desc' });
  });

  it('filters on any spelling, ignoring case', () => {
    expect(filterRows(rows, 'min', (row) => row.variants).map(name)).toEqual(['mining']);
    expect(filterRows(rows, '  ', (row) => row.variants)).toHaveLength(4);
  });
});
