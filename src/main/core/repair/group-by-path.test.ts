import { describe, expect, it } from 'vitest';
import { groupByPath, type PathMember } from './group-by-path';

const ok = (path: string, groupKey: string, translatedFrom: string | null = null): PathMember => ({ path, groupKey, translatedFrom, broken: null });
const lost = (path: string): PathMember => ({ path, groupKey: null, translatedFrom: null, broken: 'The file has no frontmatter.' });

describe('groupByPath', () => {
  it('places a file that lost its frontmatter beside its original, by suffix or locale folder', () => {
    const placed = groupByPath([
      ok('2026/01/a.en.md', '1'),
      ok('2026/01/a.uk.md', '1', '1'),
      lost('2026/01/a.pt.md'),
      ok('en/guide.md', 'g'),
      lost('pt/guide.md'),
      ok('b.md', '2'),
      lost('b.pt.md'),
    ]);
    expect(Object.fromEntries(placed)).toEqual({
      '2026/01/a.pt.md': { groupKey: '1', original: '2026/01/a.en.md' },
      'pt/guide.md': { groupKey: 'g', original: 'en/guide.md' },
      'b.pt.md': { groupKey: '2', original: 'b.md' },
    });
  });

  it('leaves a file with no original beside it, and never uses a translation or another broken file as one', () => {
    const placed = groupByPath([lost('c.pt.md'), ok('d.uk.md', '4', '4'), lost('d.pt.md'), lost('e.en.md'), lost('e.pt.md')]);
    expect(placed.size).toBe(0);
  });
});
