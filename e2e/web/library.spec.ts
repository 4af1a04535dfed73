import { expect, test } from '../fixtures/serve';
import { stubRemoteImages } from '../fixtures/images';
import { watchPageErrors } from '../fixtures/page-errors';
import { LibraryPage } from '../pages/library-page';
import {
  BROKEN_YAML,
  NO_FRONTMATTER,
  filterByTag,
  filterLanguageByFacet,
  filterLanguageByQuery,
  navigateByKeyboard,
  reviewProblems,
  searchFreeText,
} from '../pages/library-flows';

test.describe('library over copydesk serve', () => {
  let lib: LibraryPage;
  let pageErrors: string[];

  test.beforeEach(async ({ page, server }) => {
    // CSP violations and uncaught exceptions surface as console errors: none are expected.
    pageErrors = watchPageErrors(page, { failedResponses: true });
    // Cover-image thumbnails are https: answered locally (no internet here).
    await stubRemoteImages(page);
    lib = new LibraryPage(page);
    await page.goto(server.url);
    await lib.waitForIndex();
  });

  test.afterEach(() => {
    expect(pageErrors).toEqual([]);
  });

  test('indexes the sample corpus and hides the token from the address bar', async ({ page }) => {
    await expect(lib.status).toContainText(/\d+ articles · [1-9]\d* invalid · .*en/);
    expect(page.url()).not.toContain('token');
    expect(await lib.shownCount()).toBeGreaterThan(20);
  });

  test('searches free text and highlights matches', async () => {
    await searchFreeText(lib);
  });

  test('filters by language via facet and via query text', async () => {
    await filterLanguageByFacet(lib);
    await filterLanguageByQuery(lib);
  });

  test('filters by tag via facet and via query text', async () => {
    await filterByTag(lib);
  });

  test('shows invalid files with reasons in the problems view', async () => {
    await reviewProblems(lib);
  });

  test('works from the keyboard', async () => {
    await navigateByKeyboard(lib);
  });

  test('offers to clear filters when nothing matches', async () => {
    await lib.query('zzzznotaword lang:uk');
    const empty = lib.page.getByRole('status').filter({ hasText: 'No articles match' });
    await expect(empty).toBeVisible();
    await empty.getByRole('button', { name: 'Clear filters' }).click();
    await expect(lib.search).toHaveValue('zzzznotaword');
    await empty.getByRole('button', { name: 'Clear search' }).click();
    await expect(lib.search).toHaveValue('');
    await expect(lib.rows.first()).toBeVisible();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`screenshots (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await lib.screenshot(`library-${colorScheme}`);

      await lib.query('mining');
      await lib.list.focus();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await expect(lib.pane).toBeVisible();
      await lib.screenshot(`search-pane-${colorScheme}`);
      await page.keyboard.press('Escape');
      await lib.query('');

      await lib.openProblems();
      await lib.problem(BROKEN_YAML).locator('.problem-file').click();
      await expect(lib.pane.locator('.cm-lintRange-error').first()).toBeVisible();
      await lib.screenshot(`problems-${colorScheme}`);
      await lib.problem(NO_FRONTMATTER).locator('.problem-file').click();
      await expect(lib.pane).toContainText(NO_FRONTMATTER);
      await lib.screenshot(`problems-no-frontmatter-${colorScheme}`);

      await page.keyboard.press('Escape');
      await page.keyboard.press('?');
      await lib.screenshot(`shortcuts-${colorScheme}`);
    });
  }

  test('without a token the page says how to get one', async ({ page, server }) => {
    await page.evaluate('sessionStorage.clear()');
    await page.goto(`${server.origin}/`);
    await expect(page.getByRole('heading', { name: /Open the link printed by copydesk serve/ })).toBeVisible();
    await lib.screenshot('missing-token-light');
  });
});
