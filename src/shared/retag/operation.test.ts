import { describe, expect, it } from 'vitest';
import { retagOperationSchema } from './operation';
import { retagSummarySchema } from './plan-summary';

const cases: { name: string; input: unknown; expected: unknown }[] = [
  { name: 'defaults', input: {}, expected: { add: [], remove: [], rename: [], matchCase: 'exact' } },
  {
    name: 'everything',
    input: { add: ['A'], remove: ['B'], rename: [{ from: 'C', to: 'D' }], category: null, matchCase: 'insensitive' },
    expected: { add: ['A'], remove: ['B'], rename: [{ from: 'C', to: 'D' }], category: null, matchCase: 'insensitive' },
  },
];

describe('retagOperationSchema', () => {
  it.each(cases)('$name', ({ input, expected }) => {
    expect(retagOperationSchema.parse(input)).toEqual(expected);
  });

  const bad = [
    { name: 'a tag that is not text', input: { add: [1] } },
    { name: 'a rename without target', input: { rename: [{ from: 'A' }] } },
    { name: 'an unknown matching mode', input: { matchCase: 'fuzzy' } },
    { name: 'a category that is a list', input: { category: ['A'] } },
  ];
  it.each(bad)('rejects $name', ({ input }) => {
    expect(retagOperationSchema.safeParse(input).success).toBe(false);
  });
});

describe('retagSummarySchema', () => {
  it('accepts the CLI summary shape and refuses unknown reasons', () => {
    const summary = { changed: 2, unchanged: 1, skipped: [{ path: 'a.md', reason: 'not-writable', message: 'Read-only file.' }] };
    expect(retagSummarySchema.parse(summary)).toEqual(summary);
    expect(retagSummarySchema.safeParse({ ...summary, skipped: [{ path: 'a.md', reason: 'oops', message: '' }] }).success).toBe(false);
  });
});
