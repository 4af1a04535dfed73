import path from 'node:path';
import { REPO_ROOT, expect, test } from '../fixtures/serve';
import { watchPageErrors } from '../fixtures/page-errors';
import { LibraryPage } from '../pages/library-page';

/*
 * The newsroom's own site (an Astro content config with two collections)
 * served with `copydesk serve`, which trusts the folder it was run on: each
 * file is judged by its collection's schema from the site's config, so the
 * Problems view lists exactly the site's deliberate errors — not the
 * built-in schema's idea of them, and not the README outside the collections.
 */

const NEWSROOM = path.join(REPO_ROOT, 'src/main/services/content-model/__fixtures__/astro-newsroom');
const BLOG = 'src/content/blog/2026/01';

test.use({ corpus: NEWSROOM });

test.describe('a site judged by its own content config', () => {
  let lib: LibraryPage;
  let pageErrors: string[];

  test.beforeEach(async ({ page, server }) => {
    pageErrors = watchPageErrors(page, { failedResponses: true });
    lib = new LibraryPage(page);
    await page.goto(server.url);
    await lib.waitForIndex();
  });

  test.afterEach(() => {
    expect(pageErrors).toEqual([]);
  });

  test('the Problems view shows the five files the site rejects, each with its reason', async () => {
    await expect(lib.status).toContainText('15 articles · 5 invalid');
    await lib.openProblems();
    await expect(lib.problems.locator('li.problem')).toHaveCount(5);
    await expect(lib.problem(`${BLOG}/etf-outflows.pt.md`)).toContainText('no-frontmatter');
    await expect(lib.problem(`${BLOG}/no-category.en.md`)).toContainText('category is required');
    await expect(lib.problem(`${BLOG}/numeric-id.en.md`)).toContainText('externalId must be text');
    await expect(lib.problem(`${BLOG}/source-without-key.en.md`)).toContainText('source › key is required');
    await expect(lib.problem('src/content/docs/style-guide.uk.md')).toContainText('without quotes');
    // Valid under the site's schema, though the built-in one rejected them: coverImage/ai null, a relative coverImage.raw, the docs.
    for (const valid of [`${BLOG}/grid-pause.en.md`, `${BLOG}/miner-hedging.en.md`, 'src/content/docs/getting-started.en.md', 'README.md']) {
      await expect(lib.problem(valid)).toHaveCount(0);
    }
  });

  test('Problems counts missing translations as the Review tab does, and the filters say what they count', async ({ page }) => {
    await lib.openProblems();
    // Seven blog originals: halving-countdown has pt and uk, etf-outflows uk and (placed by its name) pt; the docs are complete.
    await expect(page.getByTestId('problems-missing')).toHaveText(/pt 5 · uk 5$/);
    await expect(page.locator('.facet-title', { hasText: 'Language' })).toHaveAttribute('title', /Files matching the search, invalid ones included/);
  });
});
