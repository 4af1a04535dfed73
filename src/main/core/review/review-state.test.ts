import { describe, expect, it } from 'vitest';
import { deriveStatus, readReview } from './review-state';

const HASH = `sha256:${'a'.repeat(64)}`;
const OTHER = `sha256:${'b'.repeat(64)}`;

describe('readReview', () => {
  const cases = [
    { name: 'absent', data: {}, review: null, warns: false },
    { name: 'null', data: { review: null }, review: null, warns: false },
    {
      name: 'approved with hash and ISO time',
      data: { review: { status: 'approved', sourceHash: HASH, at: '2026-02-01T10:00:00.000Z' } },
      review: { status: 'approved', sourceHash: HASH, at: '2026-02-01T10:00:00.000Z' },
      warns: false,
    },
    {
      name: 'a js-yaml Date and an unknown key are kept',
      data: { review: { status: 'needs-work', at: new Date('2026-02-01T10:00:00.000Z'), by: 'olena' } },
      review: { status: 'needs-work', at: new Date('2026-02-01T10:00:00.000Z'), by: 'olena' },
      warns: false,
    },
    { name: 'unreviewed with block hashes', data: { review: { status: 'unreviewed', blocks: ['0123456789abcdef'] } }, review: { status: 'unreviewed', blocks: ['0123456789abcdef'] }, warns: false },
    { name: 'approved without sourceHash', data: { review: { status: 'approved' } }, review: null, warns: true },
    { name: 'unknown status', data: { review: { status: 'ok' } }, review: null, warns: true },
    { name: 'a scalar', data: { review: 'approved' }, review: null, warns: true },
    { name: 'a malformed hash', data: { review: { status: 'approved', sourceHash: 'md5:abc' } }, review: null, warns: true },
  ];
  it.each(cases)('$name', ({ data, review, warns }) => {
    const read = readReview(data);
    expect(read.review).toEqual(review);
    expect(read.warning !== null).toBe(warns);
  });

  it('says which field is wrong', () => {
    expect(readReview({ review: { status: 'approved' } }).warning).toMatch(/^review\.sourceHash: /);
    expect(readReview({ review: { status: 'ok' } }).warning).toMatch(/^review\.status: /);
  });
});

describe('deriveStatus', () => {
  const approved = { status: 'approved' as const, sourceHash: HASH };
  const cases = [
    { name: 'draft wins over everything', input: { isOriginal: false, draft: true, review: approved, currentSourceHash: OTHER }, expected: 'draft' },
    { name: 'a draft original is a draft', input: { isOriginal: true, draft: true, review: null, currentSourceHash: null }, expected: 'draft' },
    { name: 'an original is approved', input: { isOriginal: true, draft: false, review: null, currentSourceHash: HASH }, expected: 'approved' },
    { name: 'no review', input: { isOriginal: false, draft: false, review: null, currentSourceHash: HASH }, expected: 'unreviewed' },
    { name: 'unreviewed', input: { isOriginal: false, draft: false, review: { status: 'unreviewed' as const }, currentSourceHash: HASH }, expected: 'unreviewed' },
    { name: 'needs-work, source unchanged', input: { isOriginal: false, draft: false, review: { status: 'needs-work' as const }, currentSourceHash: HASH }, expected: 'needs-work' },
    { name: 'needs-work, source changed', input: { isOriginal: false, draft: false, review: { status: 'needs-work' as const, sourceHash: HASH }, currentSourceHash: OTHER }, expected: 'needs-work' },
    { name: 'approved, same hash', input: { isOriginal: false, draft: false, review: approved, currentSourceHash: HASH }, expected: 'approved' },
    { name: 'approved, source changed', input: { isOriginal: false, draft: false, review: approved, currentSourceHash: OTHER }, expected: 'outdated' },
    { name: 'approved, source unknown', input: { isOriginal: false, draft: false, review: approved, currentSourceHash: null }, expected: 'approved' },
  ];
  it.each(cases)('$name → $expected', ({ input, expected }) => {
    expect(deriveStatus(input)).toBe(expected);
  });
});
