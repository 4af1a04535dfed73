import { describe, expect, it } from 'vitest';
import { groupTagVariants, normaliseTag } from './tag-variants';

describe('normaliseTag', () => {
  const cases = [
    { tag: ' Bitcoin \u00a0 Mining ', exact: ' Bitcoin \u00a0 Mining ', insensitive: 'bitcoin mining' },
    { tag: 'МАЙНІНГ', exact: 'МАЙНІНГ', insensitive: 'майнінг' },
    // "é" as e + combining accent and as one code point are one tag when insensitive.
    { tag: 'Cafe\u0301', exact: 'Cafe\u0301', insensitive: 'caf\u00e9' },
  ];
  it.each(cases)('$tag', ({ tag, exact, insensitive }) => {
    expect(normaliseTag(tag, 'exact')).toBe(exact);
    expect(normaliseTag(tag, 'insensitive')).toBe(insensitive);
  });
});

describe('groupTagVariants', () => {
  it('groups case and spacing variants, sums counts and flags them', () => {
    const rows = groupTagVariants([
      { tag: 'MINING', count: 5, byLang: { en: 3, uk: 2 } },
      { tag: 'AI', count: 7, byLang: { en: 7 } },
      { tag: 'Mining', count: 2, byLang: { en: 1, pt: 1 } },
      { tag: 'ETF', count: 1, byLang: { uk: 1 } },
      { tag: 'BITCOIN MINING', count: 2, byLang: { en: 2 } },
      { tag: 'BITCOIN  MINING', count: 1, byLang: { de: 1 } },
    ]);
    expect(rows).toEqual([
      // Equal totals: by key.
      { key: 'ai', variants: [{ tag: 'AI', count: 7 }], total: 7, byLang: { en: 7 }, flags: [] },
      { key: 'mining', variants: [{ tag: 'MINING', count: 5 }, { tag: 'Mining', count: 2 }], total: 7, byLang: { en: 4, uk: 2, pt: 1 }, flags: ['case-variants'] },
      { key: 'bitcoin mining', variants: [{ tag: 'BITCOIN MINING', count: 2 }, { tag: 'BITCOIN  MINING', count: 1 }], total: 3, byLang: { en: 2, de: 1 }, flags: ['spacing-variants'] },
      { key: 'etf', variants: [{ tag: 'ETF', count: 1 }], total: 1, byLang: { uk: 1 }, flags: ['single-use'] },
    ]);
  });

  it('a variant differing in case and spacing raises both flags', () => {
    const [row] = groupTagVariants([
      { tag: 'Bitcoin Mining', count: 1, byLang: { en: 1 } },
      { tag: 'BITCOIN MINING ', count: 1, byLang: { en: 1 } },
    ]);
    expect(row?.flags).toEqual(['case-variants', 'spacing-variants']);
  });

  it('no tags, no rows', () => {
    expect(groupTagVariants([])).toEqual([]);
  });
});
