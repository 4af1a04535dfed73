import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { REPO_ROOT, startServer } from '../fixtures/serve';
import type { CopydeskServer } from '../fixtures/serve';
import { stubRemoteImages } from '../fixtures/images';
import { watchPageErrors } from '../fixtures/page-errors';
import { LibraryPage, SCREENSHOT_DIR } from '../pages/library-page';
import { PairPage } from '../pages/pair-page';
import { ReviewPage } from '../pages/review-page';

/*
 * The seed's group (src/main/services/repair/__fixtures__/seed-site): the
 * English original coreweave-crypto-to-ai.en.md (externalId 57619983), its
 * uk translation, and the Portuguese body with no frontmatter at all.
 */
const SEED_SITE = path.join(REPO_ROOT, 'src/main/services/repair/__fixtures__/seed-site');
const GROUP = { id: '57619983', en: '2026/01/coreweave-crypto-to-ai.en.md', pt: '2026/01/coreweave-crypto-to-ai.pt.md' };

async function screenshots(page: Page, name: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.waitForTimeout(150);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}-${scheme}.png`) });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test.describe('repair a translation that lost its frontmatter', () => {
  let server: CopydeskServer;
  let errors: string[];

  test.beforeAll(async () => {
    server = await startServer(SEED_SITE);
  });
  test.afterAll(async () => {
    await server?.stop();
  });
  test.beforeEach(async ({ page }) => {
    errors = watchPageErrors(page);
    await stubRemoteImages(page);
  });
  test.afterEach(() => {
    expect(errors).toEqual([]);
  });

  test('open its group from the matrix, repair from the original after seeing the diff, then undo', async ({ page }) => {
    const lib = new LibraryPage(page);
    const pair = new PairPage(page);
    const review = new ReviewPage(page);
    const disk = (): Promise<Buffer> => readFile(path.join(server.workspace, GROUP.pt));
    const before = await disk();
    await page.goto(server.url);
    await lib.waitForIndex();

    // In its group as a pt draft needing frontmatter — not missing, not an orphan.
    await review.open();
    await review.textFilter.fill(GROUP.id);
    await expect(review.total).toHaveText('1 article');
    await expect(review.cell(GROUP.id, 'pt')).toHaveAttribute('data-status', 'draft');
    await expect(review.cell(GROUP.id, 'pt')).toHaveAttribute('aria-label', /frontmatter/);
    await review.cell(GROUP.id, 'pt').click();

    // The original on the left, the file on the right, the repair in its review strip.
    await expect(pair.source.root).toHaveAttribute('data-path', GROUP.en);
    await expect(pair.target.root).toHaveAttribute('data-path', GROUP.pt);
    const repair = review.strip.getByRole('button', { name: 'Repair from original…' });
    await expect(repair).toBeVisible();
    await expect(review.strip).toContainText('no readable frontmatter');
    await screenshots(page, 'repair-before');

    await repair.click();
    const dialog = page.getByTestId('repair-dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(GROUP.en);
    const added = dialog.locator('tr.diff-add .diff-text');
    await expect(added.filter({ hasText: /^lang: pt$/ })).toHaveCount(1);
    await expect(added.filter({ hasText: /^draft: true$/ })).toHaveCount(1);
    await expect(added.filter({ hasText: /^ {2}translatedFrom: '57619983'$/ })).toHaveCount(1);
    await expect(dialog.locator('tr.diff-del')).toHaveCount(0);
    await screenshots(page, 'repair-diff');
    expect((await disk()).equals(before), 'nothing is written before the person confirms').toBe(true);

    await dialog.getByRole('button', { name: 'Repair', exact: true }).click();
    await expect(dialog).toBeHidden();
    // Valid now: reviewed as a draft in its group; the body kept its bytes.
    await expect(review.badge).toHaveText(/Draft/);
    await expect(pair.target.content).toContainText('draft: true');
    const after = await disk();
    expect(after.subarray(after.length - before.length).equals(before)).toBe(true);
    expect(after.toString('utf8')).toMatch(/^---\ntitle: 'CoreWeave shows how[^\n]*'\n/);
    await screenshots(page, 'repair-after');

    // One undo (Ctrl/Cmd+Alt+Z, then Enter on the newest edit) puts the old bytes back.
    await page.keyboard.press('ControlOrMeta+Alt+z');
    const journals = page.getByTestId('retag-journals');
    await expect(journals).toContainText(`Repair frontmatter of ${GROUP.pt}`);
    await expect(journals.getByRole('button', { name: /^Undo/ }).first()).toBeFocused();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await disk()).equals(before)).toBe(true);
  });
});
