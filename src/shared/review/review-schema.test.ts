import { describe, expect, it } from 'vitest';
import { REVIEW_STATUS_LABELS, REVIEW_STATUSES, TRANSLATION_STATUSES, reviewSchema } from './review-schema';
import { checkSchema, reviewSummarySchema } from './review-types';

describe('review statuses', () => {
  it('lists the derived statuses between missing and inconsistent, each with a label', () => {
    expect(REVIEW_STATUSES).toEqual(['missing', 'draft', 'unreviewed', 'needs-work', 'approved', 'outdated', 'inconsistent']);
    expect(TRANSLATION_STATUSES.every((s) => REVIEW_STATUSES.includes(s))).toBe(true);
    expect(Object.keys(REVIEW_STATUS_LABELS)).toEqual([...REVIEW_STATUSES]);
  });
});

describe('reviewSchema', () => {
  const hash = `sha256:${'0'.repeat(64)}`;
  const cases = [
    { name: 'approved with hash', input: { status: 'approved', sourceHash: hash }, ok: true },
    { name: 'approved without hash', input: { status: 'approved' }, ok: false },
    { name: 'upper-case hex', input: { status: 'approved', sourceHash: `sha256:${'A'.repeat(64)}` }, ok: false },
    { name: 'needs-work without hash', input: { status: 'needs-work' }, ok: true },
    { name: 'a date-only time', input: { status: 'unreviewed', at: '2026-02-01' }, ok: true },
    { name: 'a time that is not a date', input: { status: 'unreviewed', at: 'yesterday' }, ok: false },
    { name: 'empty block hash', input: { status: 'unreviewed', blocks: [''] }, ok: false },
  ];
  it.each(cases)('$name → ok=$ok', ({ input, ok }) => {
    expect(reviewSchema.safeParse(input).success).toBe(ok);
  });
});

describe('checkSchema and reviewSummarySchema', () => {
  it('accept what the core produces and reject an empty fix path', () => {
    expect(checkSchema.safeParse({ id: 'field:category', message: 'm', fix: { path: ['category'], value: 'MINING' } }).success).toBe(true);
    expect(checkSchema.safeParse({ id: 'field:x', message: 'm', fix: { path: ['x'], delete: true } }).success).toBe(true);
    expect(checkSchema.safeParse({ id: 'field:x', message: 'm', fix: { path: [], value: 1 } }).success).toBe(false);
    const summary = { source: 'en', languages: { uk: { missing: 1, draft: 0, unreviewed: 0, 'needs-work': 0, approved: 2, outdated: 0 } }, outdated: [], inconsistent: [{ path: 'a.uk.md', checks: ['links'] }], orphans: [] };
    expect(reviewSummarySchema.parse(summary)).toEqual(summary);
  });
});
