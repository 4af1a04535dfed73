import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelOutput } from '@shared/ipc/contract';
import { copyReviewCorpus, type ReviewCorpus } from '../services/review/__fixtures__/review-corpus';
import { openSession, valueOf } from './__fixtures__/open-session';
import type { Dispatch } from './serve';

/*
 * `status:` filters in the library query, through serve() on a temp copy of
 * services/review/__fixtures__/review-corpus with a real index. Statuses per
 * the fixture (see review-corpus.ts):
 *   2026/01/alpha.de.md   outdated      (de, 2026-01-10, "Alpha steigt")
 *   2026/01/alpha.uk.md   approved      (uk, 2026-01-10, "Альфа зростає")
 *   2026/01/beta.de.md    draft         (de, 2026-01-12, "Beta fällt")
 *   2026/01/beta.uk.md    unreviewed    (uk, 2026-01-12, "Бета падає")
 *   2026/02/delta.uk.md   needs-work    (uk, 2026-02-02, "Дельта")
 *   2026/02/epsilon.uk.md unreviewed    (uk, 2026-02-05, "Epsilon report")
 * Originals (no status): alpha.en, beta.en, gamma.en, epsilon.en.
 * "example" occurs only in the three alpha files (a link to example.com).
 */

let corpus: ReviewCorpus;
let dispatch: Dispatch;
let close: () => Promise<void>;

beforeEach(async () => {
  corpus = await copyReviewCorpus();
  ({ dispatch, close } = await openSession(corpus.root, corpus.scratch));
});
afterEach(async () => {
  await close();
  await corpus.dispose();
});

type Query = ChannelOutput<'articles.query'>;
type Facets = ChannelOutput<'articles.facets'>;

async function query(q: string, more: Record<string, unknown> = {}): Promise<Query> {
  return valueOf<Query>(await dispatch('articles.query', { query: q, ...more }));
}
const pathsOf = (result: Query): string[] => result.rows.map((r) => r.path);

const ALL = [
  '2026/01/alpha.de.md',
  '2026/01/alpha.en.md',
  '2026/01/alpha.uk.md',
  '2026/01/beta.de.md',
  '2026/01/beta.en.md',
  '2026/01/beta.uk.md',
  '2026/02/delta.uk.md',
  '2026/02/epsilon.en.md',
  '2026/02/epsilon.uk.md',
  '2026/02/gamma.en.md',
];

describe('articles.query with status:', () => {
  const cases = [
    { name: 'outdated', query: 'status:outdated', expected: ['2026/01/alpha.de.md'] },
    { name: 'unreviewed in uk', query: 'status:unreviewed lang:uk', expected: ['2026/01/beta.uk.md', '2026/02/epsilon.uk.md'] },
    { name: 'unreviewed in de: none', query: 'status:unreviewed lang:de', expected: [] },
    { name: 'two statuses are alternatives', query: 'status:draft status:needs-work', expected: ['2026/01/beta.de.md', '2026/02/delta.uk.md'] },
    { name: 'approved', query: 'status:approved', expected: ['2026/01/alpha.uk.md'] },
    {
      name: 'negated: every file but the approved one, originals included',
      query: '-status:approved',
      expected: ALL.filter((p) => p !== '2026/01/alpha.uk.md'),
    },
    { name: 'negated with a language', query: '-status:unreviewed lang:uk', expected: ['2026/01/alpha.uk.md', '2026/02/delta.uk.md'] },
    { name: 'a status excluded again selects nothing', query: 'status:outdated -status:outdated', expected: [] },
    { name: 'with free text', query: 'status:unreviewed epsilon', expected: ['2026/02/epsilon.uk.md'] },
    { name: 'free text and a negation', query: 'example -status:outdated', expected: ['2026/01/alpha.en.md', '2026/01/alpha.uk.md'] },
    { name: 'an original never has a status', query: 'status:approved lang:en', expected: [] },
  ];
  it.each(cases)('$name', async ({ query: q, expected }) => {
    const result = await query(q, { limit: 500 });
    expect(pathsOf(result).sort()).toEqual(expected);
    expect(result.total).toBe(expected.length);
    expect(result.warnings).toEqual([]);
  });

  // Each sort order takes its own path through the index (plain SQL, bm25 join, id snapshot): each must restrict.
  const sorts = [
    { sort: 'date-desc', words: ['2026/02/epsilon.uk.md', '2026/01/beta.uk.md'] },
    { sort: 'date-asc', words: ['2026/01/beta.uk.md', '2026/02/epsilon.uk.md'] },
    // NOCASE compares bytes: Latin "Epsilon report" before Cyrillic "Бета падає".
    { sort: 'title', words: ['2026/02/epsilon.uk.md', '2026/01/beta.uk.md'] },
    { sort: 'relevance', words: ['2026/02/epsilon.uk.md', '2026/01/beta.uk.md'] },
  ];
  it.each(sorts)('restricts when sorted by $sort, with and without words', async ({ sort, words }) => {
    expect(pathsOf(await query('status:unreviewed', { sort }))).toEqual(words);

    const withText = await query('example -status:outdated', { sort });
    expect(pathsOf(withText).sort()).toEqual(['2026/01/alpha.en.md', '2026/01/alpha.uk.md']);
    expect(withText.total).toBe(2);

    const positive = await query('example status:outdated', { sort });
    expect(pathsOf(positive)).toEqual(['2026/01/alpha.de.md']);

    // A page past the end still reports the restricted total.
    const past = await query('example -status:outdated', { sort, offset: 5, limit: 1 });
    expect(past).toMatchObject({ total: 2, rows: [] });

    const paged = await query('-status:approved', { sort, offset: 0, limit: 3 });
    expect(paged.total).toBe(9);
    expect(paged.rows).toHaveLength(3);
  });

  it('warns about an unknown status and lists the allowed ones', async () => {
    const result = await query('status:done');
    expect(result.warnings).toEqual(['Unknown status "done" (expected draft, unreviewed, needs-work, approved, outdated)']);
    expect(result.total).toBe(ALL.length);
  });

  it('follows review actions: an approved translation leaves status:unreviewed', async () => {
    expect(pathsOf(await query('status:unreviewed')).sort()).toEqual(['2026/01/beta.uk.md', '2026/02/epsilon.uk.md']);
    // beta.uk: its only check (field:category) does not block approval; epsilon.uk's untranslated title would.
    expect((await dispatch('review.approve', { path: '2026/01/beta.uk.md' })).ok).toBe(true);
    expect(pathsOf(await query('status:unreviewed'))).toEqual(['2026/02/epsilon.uk.md']);
    expect(pathsOf(await query('status:approved')).sort()).toEqual(['2026/01/alpha.uk.md', '2026/01/beta.uk.md']);
  });
});

describe('articles.facets with status:', () => {
  it('counts only the restricted files', async () => {
    const unreviewed = valueOf<Facets>(await dispatch('articles.facets', { query: 'status:unreviewed' }));
    expect(unreviewed.lang).toEqual([{ value: 'uk', count: 2 }]);
    expect(unreviewed.category).toEqual([{ value: 'AI', count: 2 }]);

    const notApproved = valueOf<Facets>(await dispatch('articles.facets', { query: '-status:approved' }));
    const langs = Object.fromEntries(notApproved.lang.map((f) => [f.value, f.count]));
    expect(langs).toEqual({ de: 2, en: 4, uk: 3 });

    const none = valueOf<Facets>(await dispatch('articles.facets', { query: 'status:outdated lang:uk' }));
    expect(none.lang).toEqual([]);
  });
});

describe('retag.plan selecting by status:', () => {
  it('plans only the files with the status, and their groups when asked', async () => {
    const operation = { add: ['REVIEWED'] };
    const own = valueOf<ChannelOutput<'retag.plan'>>(await dispatch('retag.plan', { selection: { query: 'status:outdated' }, operation }));
    expect(own.selected).toBe(1);
    const groups = valueOf<ChannelOutput<'retag.plan'>>(
      await dispatch('retag.plan', { selection: { query: 'status:outdated' }, groups: true, operation }),
    );
    expect(groups.selected).toBe(3);
    const negated = valueOf<ChannelOutput<'retag.plan'>>(await dispatch('retag.plan', { selection: { query: '-status:approved' }, operation }));
    expect(negated.selected).toBe(9);
  });
});
