import { describe, expect, it } from 'vitest';
import {
  EMPTY_SELECTION,
  addPaths,
  followQuery,
  headerState,
  isChecked,
  selectAllMatching,
  selectionCount,
  selectionTarget,
  setRange,
  toggle,
} from './selection';
import type { BulkSelection } from './selection';

const paths = (selection: BulkSelection): string[] => (selection.mode === 'paths' ? [...selection.paths].sort() : []);

describe('explicit path selection', () => {
  it('toggles rows and remembers the anchor', () => {
    let s = toggle(EMPTY_SELECTION, 'a.md', 0);
    s = toggle(s, 'c.md', 2);
    expect(paths(s)).toEqual(['a.md', 'c.md']);
    expect(s.anchor).toBe(2);
    s = toggle(s, 'a.md', 0);
    expect(paths(s)).toEqual(['c.md']);
    expect(selectionCount(s)).toBe(1);
  });

  const rangeCases = [
    { name: 'checks the range when the anchor is checked', start: ['b.md'], anchor: 'b.md', range: ['b.md', 'c.md', 'd.md'], expected: ['b.md', 'c.md', 'd.md'] },
    { name: 'unchecks the range when the anchor was unchecked', start: ['c.md', 'd.md', 'x.md'], anchor: 'b.md', range: ['b.md', 'c.md', 'd.md'], expected: ['x.md'] },
    { name: 'checks when there is no anchor', start: [], anchor: undefined, range: ['a.md', 'b.md'], expected: ['a.md', 'b.md'] },
  ];
  it.each(rangeCases)('range: $name', ({ start, anchor, range, expected }) => {
    const s = setRange({ mode: 'paths', paths: new Set(start), anchor: 1 }, anchor, range, 3);
    expect(paths(s)).toEqual(expected);
    expect(s.anchor).toBe(1);
  });

  it('adds the rows on screen and keeps earlier ones', () => {
    const s = addPaths(toggle(EMPTY_SELECTION, 'z.md', 9), ['a.md', 'b.md']);
    expect(paths(s)).toEqual(['a.md', 'b.md', 'z.md']);
  });

  it('survives a new query (paths are not row positions)', () => {
    const s = toggle(EMPTY_SELECTION, 'a.md', 0);
    expect(followQuery(s, 'tag:OTHER', 3)).toBe(s);
  });

  it('plans over sorted paths', () => {
    const s = toggle(toggle(EMPTY_SELECTION, 'b.md', 1), 'a.md', 0);
    expect(selectionTarget(s)).toEqual({ paths: ['a.md', 'b.md'] });
    expect(headerState(s)).toBe('some');
    expect(headerState(EMPTY_SELECTION)).toBe('none');
  });
});

describe('everything matching a query', () => {
  it('counts the total minus exclusions, and unticking excludes', () => {
    let s = selectAllMatching('tag:MINING', 10);
    expect(headerState(s)).toBe('all');
    expect(isChecked(s, 'anything.md')).toBe(true);
    s = toggle(s, 'a.md', 0);
    expect(isChecked(s, 'a.md')).toBe(false);
    expect(selectionCount(s)).toBe(9);
    expect(headerState(s)).toBe('some');
    expect(selectionTarget(s)).toEqual({ query: 'tag:MINING', excluded: ['a.md'] });
    s = toggle(s, 'a.md', 0);
    expect(selectionTarget(s)).toEqual({ query: 'tag:MINING', excluded: [] });
  });

  it('unticks a range as exclusions', () => {
    const s = setRange(toggle(selectAllMatching('q', 5), 'a.md', 0), 'a.md', ['a.md', 'b.md', 'c.md'], 2);
    expect(selectionCount(s)).toBe(2);
    expect(selectionTarget(s)).toEqual({ query: 'q', excluded: ['a.md', 'b.md', 'c.md'] });
  });

  const followCases = [
    { name: 'same query, new total: total refreshed', query: 'tag:MINING', total: 7, expected: 7 },
    { name: 'same query, total unknown: unchanged', query: 'tag:MINING', total: null, expected: 10 },
    { name: 'another query: dropped', query: 'tag:AI', total: 4, expected: 0 },
  ];
  it.each(followCases)('follows the list: $name', ({ query, total, expected }) => {
    expect(selectionCount(followQuery(selectAllMatching('tag:MINING', 10), query, total))).toBe(expected);
  });
});
