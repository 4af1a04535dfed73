import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyReviewCorpus, type ReviewCorpus } from './__fixtures__/review-corpus';
import { filterGroups } from './review-groups';
import { ReviewCache, reviewFolder } from './review-folder';

let corpus: ReviewCorpus;
beforeEach(async () => {
  corpus = await copyReviewCorpus();
});
afterEach(async () => {
  await corpus.dispose();
});

describe('reviewFolder', () => {
  it('derives every status, the missing languages, checks and orphans from the files', async () => {
    const review = await reviewFolder(corpus.root);
    expect(review.sourceLang).toBe('en');
    expect(review.langs).toEqual(['de', 'uk']);
    expect(review.summary).toEqual({
      source: 'en',
      languages: {
        de: { missing: 2, draft: 1, unreviewed: 0, 'needs-work': 0, approved: 0, outdated: 1 },
        uk: { missing: 1, draft: 0, unreviewed: 2, 'needs-work': 1, approved: 1, outdated: 0 },
      },
      outdated: ['2026/01/alpha.de.md'],
      inconsistent: [
        { path: '2026/01/beta.uk.md', checks: ['field:category'] },
        { path: '2026/02/delta.uk.md', checks: ['translated-from'] },
        { path: '2026/02/epsilon.uk.md', checks: ['untranslated:title'] },
      ],
      orphans: ['2026/02/delta.uk.md'],
    });
    expect(review.skipped).toEqual([]);
  });

  it('builds the groups × languages matrix, newest first', async () => {
    const { groups } = await reviewFolder(corpus.root);
    expect(groups.map((g) => g.groupKey)).toEqual(['500', '400', '300', '200', '100']);
    const cells = Object.fromEntries(groups.map((g) => [g.groupKey, g.cells]));
    expect(cells['100']).toEqual({
      de: { status: 'outdated', path: '2026/01/alpha.de.md', checks: [] },
      uk: { status: 'approved', path: '2026/01/alpha.uk.md', checks: [] },
    });
    expect(cells['300']).toEqual({ de: { status: 'missing', path: null, checks: [] }, uk: { status: 'missing', path: null, checks: [] } });
    // A group without an original has no "missing" cells.
    expect(cells['400']).toEqual({ uk: { status: 'needs-work', path: '2026/02/delta.uk.md', checks: ['translated-from'] } });
    expect(groups.find((g) => g.groupKey === '200')).toMatchObject({ original: '2026/01/beta.en.md', title: 'Beta falls' });

    const cases = [
      { filter: { status: 'missing' as const }, expected: ['500', '300'] },
      { filter: { status: 'missing' as const, lang: 'uk' }, expected: ['300'] },
      { filter: { status: 'inconsistent' as const }, expected: ['500', '400', '200'] },
      { filter: { status: 'draft' as const }, expected: ['200'] },
      { filter: { query: 'ALPHA' }, expected: ['100'] },
      { filter: { query: 'delta.uk' }, expected: ['400'] },
    ];
    for (const { filter, expected } of cases) {
      expect(filterGroups(groups, filter).map((g) => g.groupKey), JSON.stringify(filter)).toEqual(expected);
    }
  });

  it('takes target and source languages from the options', async () => {
    const review = await reviewFolder(corpus.root, { langs: ['UK', 'pt'] });
    expect(Object.keys(review.summary.languages)).toEqual(['pt', 'uk']);
    // No pt file anywhere: every group with an original lacks it.
    expect(review.summary.languages.pt).toEqual({ missing: 4, draft: 0, unreviewed: 0, 'needs-work': 0, approved: 0, outdated: 0 });
  });

  it('re-reads only changed files and sees edits, removals and broken frontmatter', async () => {
    const cache = new ReviewCache();
    const first = await reviewFolder(corpus.root, {}, cache);
    expect(first.summary.outdated).toEqual(['2026/01/alpha.de.md']);

    // The source changes: its approved uk translation becomes outdated too.
    const source = join(corpus.root, '2026/01/alpha.en.md');
    await writeFile(source, (await readFile(source, 'utf8')).replace('Second paragraph.', 'Second paragraph, revised.'));
    await rm(join(corpus.root, '2026/02/delta.uk.md'));
    await writeFile(join(corpus.root, '2026/02/gamma.uk.md'), 'No frontmatter here.\n');
    const second = await reviewFolder(corpus.root, {}, cache);
    expect(second.summary.outdated).toEqual(['2026/01/alpha.de.md', '2026/01/alpha.uk.md']);
    // It lost its frontmatter, so its path places it beside gamma.en.md: in the group, not an orphan.
    expect(second.summary.orphans).toEqual([]);
    expect(second.summary.inconsistent.map((i) => i.path)).toEqual(['2026/01/beta.uk.md', '2026/02/epsilon.uk.md', '2026/02/gamma.uk.md']);
    expect(second.summary.inconsistent[2]?.checks).toEqual(['frontmatter']);
    expect(cache.facts.has('2026/02/delta.uk.md')).toBe(false);
  });
});
