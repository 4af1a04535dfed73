import { describe, expect, it } from 'vitest';
import type { ReviewRow } from '@shared/review';
import { summarizeReview } from './review-summary';

const row = (path: string, lang: string | null, groupKey: string | null, status: ReviewRow['status'], extra: Partial<ReviewRow> = {}): ReviewRow => ({
  path,
  lang,
  groupKey,
  isOriginal: false,
  status,
  checks: [],
  ...extra,
});
const original = (path: string, lang: string, groupKey: string): ReviewRow => row(path, lang, groupKey, 'approved', { isOriginal: true });

const rows: ReviewRow[] = [
  original('a.en.md', 'en', 'A'),
  row('a.uk.md', 'uk', 'A', 'approved'),
  row('a.pt.md', 'pt', 'A', 'outdated', { checks: ['field:category', 'links', 'field:category'] }),
  original('b.en.md', 'en', 'B'),
  row('b.uk.md', 'uk', 'B', 'draft'),
  original('c.en.md', 'en', 'C'),
  row('c.uk.md', 'UK', 'C', 'needs-work'),
  row('c.pt.md', 'pt', 'C', 'unreviewed'),
  original('d.en.md', 'en', 'D'),
  row('z.uk.md', 'uk', 'Z', 'outdated'),
  row('noid.uk.md', 'uk', null, 'unreviewed'),
  row('a2.pt.md', 'pt', 'A', 'approved', { checks: ['duplicate-lang'] }),
];

/** What `analyzeGroups` counted for these rows (its own tests prove how): none has de, B and D lack pt, D lacks uk; two orphans; c.uk.md needs work. */
const counted = {
  orphans: ['noid.uk.md', 'z.uk.md'],
  missing: [
    { collection: 'blog', groupKey: 'B', langs: ['de', 'pt'] },
    { collection: 'blog', groupKey: 'D', langs: ['de', 'pt', 'uk'] },
    { collection: 'blog', groupKey: 'A', langs: ['de'] },
    { collection: 'blog', groupKey: 'C', langs: ['de'] },
  ],
  needsWork: ['c.uk.md'],
};
const none = { orphans: [], missing: [], needsWork: [] };

describe('summarizeReview', () => {
  it('counts per target language, lists outdated, inconsistent and orphans', () => {
    expect(summarizeReview(rows, { sourceLang: 'en', counted })).toEqual({
      source: 'en',
      languages: {
        pt: { missing: 2, draft: 0, unreviewed: 1, 'needs-work': 0, approved: 1, outdated: 1 },
        uk: { missing: 1, draft: 1, unreviewed: 1, 'needs-work': 1, approved: 1, outdated: 1 },
      },
      outdated: ['a.pt.md', 'z.uk.md'],
      inconsistent: [
        { path: 'a.pt.md', checks: ['field:category', 'links'] },
        { path: 'a2.pt.md', checks: ['duplicate-lang'] },
      ],
      orphans: ['noid.uk.md', 'z.uk.md'],
    });
  });

  it('uses the given target languages, including one nobody has translated into yet', () => {
    const summary = summarizeReview(rows, { sourceLang: 'EN', targetLangs: ['de', 'uk', 'en'], counted });
    expect(summary.source).toBe('en');
    expect(summary.languages).toEqual({
      de: { missing: 4, draft: 0, unreviewed: 0, 'needs-work': 0, approved: 0, outdated: 0 },
      uk: { missing: 1, draft: 1, unreviewed: 1, 'needs-work': 1, approved: 1, outdated: 1 },
    });
  });

  it('an original in a target language fills that language without counting as a translation', () => {
    const summary = summarizeReview([original('x.uk.md', 'uk', 'X'), row('x.en.md', 'en', 'X', 'approved')], { sourceLang: 'en', counted: none });
    expect(summary.languages).toEqual({ uk: { missing: 0, draft: 0, unreviewed: 0, 'needs-work': 0, approved: 0, outdated: 0 } });
  });

  it('lists only the orphans among its rows and counts missing only in its target languages', () => {
    const summary = summarizeReview(rows.filter((r) => r.lang !== 'uk'), { sourceLang: 'en', targetLangs: ['pt'], counted });
    expect(summary.orphans).toEqual([]);
    expect(summary.languages).toEqual({ pt: { missing: 2, draft: 0, unreviewed: 1, 'needs-work': 0, approved: 1, outdated: 1 } });
  });

  it('an empty corpus', () => {
    expect(summarizeReview([], { sourceLang: 'en', counted: none })).toEqual({ source: 'en', languages: {}, outdated: [], inconsistent: [], orphans: [] });
  });
});
