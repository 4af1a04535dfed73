import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startServer } from '../fixtures/serve';
import type { CopydeskServer } from '../fixtures/serve';
import { watchPageErrors } from '../fixtures/page-errors';
import { changedLines } from '../fixtures/changed-lines';
import { LibraryPage } from '../pages/library-page';
import { RetagPage } from '../pages/retag-page';

/*
 * Issue 11 part 5: categories get what tags have in the Taxonomy view —
 * used-once and case/spacing-variant flags, unify, rename and merge (a bulk
 * category edit with preview and undo).
 */

const HASHPRICE = 'src/content/blog/2025/12/hashprice-slump-year-end.en.md';

test('categories: variants and used-once flagged, unify, rename and merge with preview and undo', async ({ page }) => {
  const server: CopydeskServer = await startServer();
  try {
    const pageErrors = watchPageErrors(page);
    const lib = new LibraryPage(page);
    const retag = new RetagPage(page, lib);
    await page.goto(server.url);
    await lib.waitForIndex();
    // A case variant of MINING and a category used once, written by hand while the app watches.
    const hashprice = path.join(server.workspace, HASHPRICE);
    const original = await readFile(hashprice, 'utf8');
    expect(original).toMatch(/^category: MINING$/m);
    await writeFile(hashprice, original.replace(/^category: MINING$/m, 'category: Mining'));
    const eth = path.join(server.workspace, 'src/content/blog/2026/01/ethereum-validator-exit-queue-clears.en.md');
    const ethBefore = await readFile(eth, 'utf8');
    await writeFile(eth, ethBefore.replace(/^category: ETH$/m, 'category: Staking'));
    await retag.openTaxonomy();
    await retag.taxonomy.getByRole('tab', { name: /^Categories/ }).click();
    const table = retag.taxonomy.getByRole('table', { name: 'Categories' });
    await expect(table).toBeVisible();
    await expect(retag.taxonomyRow('MINING').locator('.taxonomy-flag')).toHaveText(['case variants']);
    await expect(retag.taxonomyRow('MINING').locator('.taxonomy-variant')).toHaveText(['MINING 5', 'Mining 1']);
    await expect(retag.taxonomyRow('Staking').locator('.taxonomy-flag')).toHaveText(['used once']);

    // Unify: every spelling becomes the most used one; the preview shows the one line.
    await retag.rowAction('MINING', 'Unify');
    await expect(retag.compose.getByRole('combobox', { name: 'Category' })).toHaveValue('MINING');
    await retag.planPreview();
    expect((await retag.stats()).changed).toBe(1);
    await expect(retag.diffLines(HASHPRICE, '-')).toHaveText(['category: Mining']);
    await expect(retag.diffLines(HASHPRICE, '+')).toHaveText(['category: MINING']);
    await retag.apply();
    await retag.closeSummary();
    await expect(retag.taxonomyRow('MINING').locator('.taxonomy-flag')).toHaveCount(0);
    expect(await readFile(hashprice, 'utf8')).toBe(original);

    // Rename the used-once category, then merge it into an existing one.
    await retag.rowAction('Staking', 'Rename');
    await retag.compose.getByRole('combobox', { name: 'Category' }).fill('STAKING');
    await retag.planPreview();
    expect((await retag.stats()).changed).toBe(1);
    await retag.apply();
    await retag.closeSummary();
    await expect(retag.taxonomyRow('STAKING')).toBeVisible();
    await retag.rowAction('STAKING', 'Merge into');
    await expect(retag.compose.getByRole('combobox', { name: 'Category' })).toHaveValue('');
    await retag.compose.getByRole('combobox', { name: 'Category' }).fill('ETH');
    await retag.planPreview();
    await retag.apply();
    await retag.closeSummary();
    await expect(retag.taxonomyRow('STAKING')).toHaveCount(0);
    expect(changedLines(ethBefore, await readFile(eth, 'utf8'))).toEqual([]);

    // Undo the merge: the file is back to its renamed category.
    await retag.undoLastByKeyboard();
    expect(await readFile(eth, 'utf8')).toMatch(/^category: STAKING$/m);
    expect(pageErrors).toEqual([]);
  } finally {
    await server.stop();
  }
});
