import { describe, expect, it } from 'vitest';
import { barSegments, describeCounts } from './review-status';

const zero = { missing: 0, draft: 0, unreviewed: 0, 'needs-work': 0, approved: 0, outdated: 0 };

describe('barSegments', () => {
  const cases = [
    { name: 'empty language', counts: zero, expected: { total: 0, segments: [] } },
    {
      name: 'bar order, zeros dropped',
      counts: { ...zero, missing: 1, approved: 2, outdated: 1 },
      expected: {
        total: 4,
        segments: [
          { status: 'approved', count: 2, percent: 50 },
          { status: 'outdated', count: 1, percent: 25 },
          { status: 'missing', count: 1, percent: 25 },
        ],
      },
    },
  ];
  it.each(cases)('$name', ({ counts, expected }) => {
    expect(barSegments(counts)).toEqual(expected);
  });
});

describe('describeCounts', () => {
  it('names every non-zero status with its count and the total', () => {
    expect(describeCounts('uk', { ...zero, unreviewed: 6, missing: 5 })).toBe('uk: 6 unreviewed, 5 missing of 11');
    expect(describeCounts('de', zero)).toBe('de: no articles');
  });
});
