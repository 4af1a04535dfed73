import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reviewFolder } from './review-folder';

/*
 * The seed's group (services/repair/__fixtures__/seed-site): the English
 * original coreweave-crypto-to-ai.en.md (externalId 57619983), its uk
 * translation, and the pt body with no frontmatter; beside it a complete
 * en/uk/pt group (57588012). Review reads the files themselves.
 */
const SEED_SITE = join(__dirname, '../repair/__fixtures__/seed-site');
const PT = '2026/01/coreweave-crypto-to-ai.pt.md';

describe('review of a translation that lost its frontmatter', () => {
  it('places it in its group as a draft translation with the frontmatter check — not an orphan, not missing, not unreviewed', async () => {
    const review = await reviewFolder(SEED_SITE);
    const entry = review.entries.find((e) => e.path === PT);
    expect(entry).toMatchObject({ groupKey: '57619983', isOriginal: false, status: 'draft', checks: ['frontmatter'], source: '2026/01/coreweave-crypto-to-ai.en.md' });
    expect(review.findingsOf(PT)[0]?.message).toMatch(/^This translation has no frontmatter\. Repair from original copies/);

    const group = review.groups.find((g) => g.groupKey === '57619983');
    expect(group?.cells.pt).toEqual({ status: 'draft', path: PT, checks: ['frontmatter'] });
    expect(group?.cells.uk?.path).toBe('2026/01/coreweave-crypto-to-ai.uk.md');

    expect(review.summary.orphans).toEqual([]);
    // The other pt file (of the complete group) is unreviewed; this one is counted once, as a draft.
    expect(review.summary.languages.pt).toEqual({ missing: 0, draft: 1, unreviewed: 1, 'needs-work': 0, approved: 0, outdated: 0 });
    expect(review.summary.inconsistent.find((i) => i.path === PT)).toEqual({ path: PT, checks: ['frontmatter'] });
    expect(review.skipped).toEqual([]);
  });
});
