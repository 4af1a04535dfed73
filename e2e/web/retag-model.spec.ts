import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { REPO_ROOT, startServer } from '../fixtures/serve';
import type { CopydeskServer } from '../fixtures/serve';
import { watchPageErrors } from '../fixtures/page-errors';
import { LibraryPage } from '../pages/library-page';
import { RetagPage } from '../pages/retag-page';

/*
 * Bulk edits take their fields from the content model, in the browser: a
 * served copy of the config-site fixture, whose `articles` collection has no
 * tag list and calls its category `section`, and whose `notes` collection
 * has a `tags` list and no category. Expected bytes are the fixture's own,
 * read with node fs, with the one edit written by hand.
 */

const CONFIG_SITE = path.join(REPO_ROOT, 'src/main/services/content-model/__fixtures__/config-site');
const NOTE = 'notes/reading-list.md';
const TIDES = 'articles/en/tides.md';

async function shoot(page: Page, lib: LibraryPage, name: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await lib.screenshot(`${name}-${colorScheme}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test('bulk edits name and write the collection’s fields; a collection without one is skipped with the reason', async ({ page }) => {
  const server: CopydeskServer = await startServer(CONFIG_SITE);
  try {
    const pageErrors = watchPageErrors(page);
    const lib = new LibraryPage(page);
    const retag = new RetagPage(page, lib);
    await page.goto(server.url);
    await lib.waitForIndex();
    const read = (rel: string): Promise<string> => readFile(path.join(server.workspace, rel), 'utf8');
    const noteBefore = await read(NOTE);
    const tidesBefore = await read(TIDES);

    // The bulk bar says "section", the articles' category field; the tag list keeps its usual name.
    await retag.selectAllMatching();
    await expect(retag.bulkBar).toContainText('All 4 matching');
    await expect(retag.bulkBar.getByRole('button', { name: 'Set section' })).toBeVisible();
    await expect(retag.bulkBar.getByRole('button', { name: 'Set category' })).toHaveCount(0);

    // Adding a tag: only the note has a tag list; the three articles are skipped, counted under their collection.
    await retag.startOperation('Add tags');
    await retag.compose.getByLabel('Tags to add').fill('tide');
    await page.keyboard.press('Enter');
    await expect(retag.compose.locator('.tag-input-chip')).toHaveText(['tide']);
    await retag.planPreview();
    expect(await retag.stats()).toEqual({ changed: 1, unchanged: 0, skipped: 3 });
    await expect(retag.preview.locator('.plan-skip-reasons')).toHaveText(
      'Skipped: collection "articles" has no tag list: name one under roles.tags in copydesk.config.json to edit it (3)',
    );
    await shoot(page, lib, 'retag-model-skipped');
    await retag.apply();
    expect(await retag.summaryCount('changed')).toBe(1);
    await retag.closeSummary();
    expect(await read(NOTE)).toBe(noteBefore.replace('tags: [books, sea]', 'tags: [books, sea, tide]'));
    expect(await read(TIDES)).toBe(tidesBefore);

    // Setting the category writes `section`; the note (no category field) is skipped.
    await retag.selectAllMatching();
    await retag.startOperation('Set section');
    await expect(retag.compose.getByRole('radio', { name: 'Set section' })).toBeChecked();
    await retag.compose.getByRole('combobox', { name: 'Section' }).fill('opinion');
    await retag.planPreview();
    await expect(retag.preview.getByRole('heading')).toHaveText('Set section “opinion”');
    // ferry.md is already opinion; tides.md and marees.md are news.
    expect(await retag.stats()).toEqual({ changed: 2, unchanged: 1, skipped: 1 });
    await retag.apply();
    await retag.closeSummary();
    expect(await read(TIDES)).toBe(tidesBefore.replace('section: news\n', 'section: opinion\n'));

    // The taxonomy names the fields too.
    await retag.openTaxonomy();
    await retag.taxonomy.getByRole('tab', { name: /^Section/ }).click();
    await expect(retag.taxonomy.getByRole('table', { name: 'Section' })).toBeVisible();
    await expect(retag.taxonomy.getByRole('columnheader', { name: 'Section' })).toBeVisible();
    await shoot(page, lib, 'retag-model-taxonomy');
    expect(pageErrors).toEqual([]);
  } finally {
    await server.stop();
  }
});

test('a site without any tag list says so in the taxonomy instead of an empty table', async ({ page }) => {
  const server = await startServer(path.join(REPO_ROOT, 'src/main/services/content-model/__fixtures__/starlight-site'));
  try {
    const pageErrors = watchPageErrors(page);
    const lib = new LibraryPage(page);
    const retag = new RetagPage(page, lib);
    await page.goto(server.url);
    await lib.waitForIndex();
    await retag.taxonomyTab.click();
    await expect(retag.taxonomy.getByText('No tag list in this site')).toBeVisible();
    await expect(retag.taxonomy.getByRole('button', { name: /^Merge/ })).toHaveCount(0);
    await retag.taxonomy.getByRole('tab', { name: /^Categories/ }).click();
    await expect(retag.taxonomy.getByText('No category field in this site')).toBeVisible();
    expect(pageErrors).toEqual([]);
  } finally {
    await server.stop();
  }
});
