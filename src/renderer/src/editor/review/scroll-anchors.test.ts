import { describe, expect, it } from 'vitest';
import { mapHeight, scrollAnchors } from './scroll-anchors';
import type { BlockMark } from './block-marks';

const m = (from: number, to: number, counterpart: number | null, state: BlockMark['state'] = 'match'): BlockMark => ({ from, to, counterpart, state, changed: false });

describe('scrollAnchors', () => {
  it('pairs the frontmatters, then matched blocks in order, skipping unmatched and backward pairs', () => {
    const source = [m(20, 30, 0), m(32, 40, null, 'missing'), m(42, 50, 2), m(52, 60, 1)];
    const target = [m(25, 35, 0), m(37, 45, 3), m(47, 55, 2), m(57, 60, null, 'extra')];
    expect(scrollAnchors(source, target)).toEqual([
      { source: { from: 0, to: 19 }, target: { from: 0, to: 24 } },
      { source: { from: 20, to: 30 }, target: { from: 25, to: 35 } },
      { source: { from: 42, to: 50 }, target: { from: 47, to: 55 } },
    ]);
  });
  it('has nothing to anchor when a side has no blocks', () => {
    expect(scrollAnchors([m(0, 5, 0)], [])).toEqual([]);
  });
});

describe('mapHeight', () => {
  const points = [
    [0, 0],
    [100, 200],
    [300, 400],
  ] as const;
  const cases = [
    { name: 'no points: unchanged', points: [], y: 42, expected: 42 },
    { name: 'before the first point: one to one', points, y: -10, expected: -10 },
    { name: 'halfway in the first span', points, y: 50, expected: 100 },
    { name: 'on a point', points, y: 100, expected: 200 },
    { name: 'in the second span', points, y: 200, expected: 300 },
    { name: 'beyond the last: one to one', points, y: 350, expected: 450 },
  ];
  it.each(cases)('$name', ({ points: p, y, expected }) => {
    expect(mapHeight(p, y)).toBe(expected);
  });
});
