import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { startServer } from '../fixtures/serve';
import type { CopydeskServer } from '../fixtures/serve';
import { stubRemoteImages } from '../fixtures/images';
import { watchPageErrors } from '../fixtures/page-errors';
import { changedLines } from '../fixtures/changed-lines';
import { LibraryPage } from '../pages/library-page';
import { RetagPage } from '../pages/retag-page';

/*
 * Bulk retagging over copydesk serve. Expected values come from the corpus
 * files themselves (read with node fs), never from the code under test:
 * which files list `  - MINING`, what their bytes were before.
 */

const HASHPRICE = 'src/content/blog/2025/12/hashprice-slump-year-end.en.md';
const TEXAS_EN = 'src/content/blog/2025/11/texas-miners-winter-demand-response.en.md';

/** Every article file of the served copy, relative, with `/`. */
async function corpusFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true });
  return entries.filter((entry) => entry.endsWith('.md')).map((entry) => entry.split(path.sep).join('/'));
}

/** Files whose tag list has an item spelled exactly `tag`. */
async function filesTagged(root: string, tag: string): Promise<string[]> {
  const out: string[] = [];
  for (const rel of await corpusFiles(root)) if ((await readFile(path.join(root, rel), 'utf8')).includes(`\n  - ${tag}\n`)) out.push(rel);
  return out.sort();
}

async function snapshot(root: string, rels: string[]): Promise<Map<string, Buffer>> {
  return new Map(await Promise.all(rels.map(async (rel) => [rel, await readFile(path.join(root, rel))] as const)));
}

async function shoot(page: Page, lib: LibraryPage, name: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await lib.screenshot(`${name}-${colorScheme}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test.describe('bulk retag over copydesk serve', () => {
  // These flows write files: they get their own served copy of the corpus.
  let server: CopydeskServer;
  let lib: LibraryPage;
  let retag: RetagPage;
  let pageErrors: string[];

  test.beforeAll(async () => {
    server = await startServer();
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  test.beforeEach(async ({ page }) => {
    pageErrors = watchPageErrors(page);
    await stubRemoteImages(page);
    lib = new LibraryPage(page);
    retag = new RetagPage(page, lib);
    await page.goto(server.url);
    await lib.waitForIndex();
  });

  test.afterEach(() => {
    expect(pageErrors).toEqual([]);
  });

  test('renames a tag over "all matching", shows the plan, applies with progress, and undo restores the bytes', async ({ page }) => {
    const root = server.workspace;
    const tagged = await filesTagged(root, 'MINING');
    expect(tagged.length).toBeGreaterThan(3);
    const before = await snapshot(root, await corpusFiles(root));

    await lib.query('tag:MINING');
    const matching = await lib.shownCount();
    expect(matching).toBeGreaterThanOrEqual(tagged.length);
    await retag.selectAllMatching();
    await expect(retag.bulkBar).toContainText(`All ${matching} matching`);
    await expect(retag.bulkBar).toContainText('tag:MINING');

    await retag.startOperation('Rename tag');
    await retag.compose.getByLabel('Tag', { exact: true }).fill('MINING');
    await retag.compose.getByLabel('New name').fill('BITCOIN MINING');
    await shoot(page, lib, 'retag-compose');
    await retag.planPreview();
    await expect(retag.preview.getByRole('heading')).toHaveText('Rename “MINING” → “BITCOIN MINING”');
    // Exact matching: only files spelling it MINING change; a `Mining` file the query also found stays as it is.
    expect(await retag.stats()).toEqual({ changed: tagged.length, unchanged: matching - tagged.length, skipped: 0 });
    await expect(retag.diffLines(TEXAS_EN, '-')).toHaveText(['  - MINING']);
    await expect(retag.diffLines(TEXAS_EN, '+')).toHaveText(['  - BITCOIN MINING']);
    await shoot(page, lib, 'retag-preview');
    // Planning and previewing wrote nothing.
    for (const rel of tagged) expect((await readFile(path.join(root, rel))).equals(before.get(rel) ?? Buffer.alloc(0)), rel).toBe(true);

    // Hold the apply's answer until the progress bar has been seen full (the events arrive over SSE first).
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/retag.apply', async (route) => {
      const response = await route.fetch();
      await held;
      await route.fulfill({ response });
    });
    await retag.preview.getByRole('button', { name: `Apply to ${tagged.length} files` }).click();
    await expect(retag.applying.getByTestId('retag-progress-count')).toHaveText(`${tagged.length} / ${tagged.length} files`);
    await expect(retag.applying.getByRole('progressbar')).toHaveAttribute('aria-valuenow', String(tagged.length));
    await shoot(page, lib, 'retag-progress');
    release();
    await expect(retag.summary).toBeVisible();
    await page.unroute('**/api/retag.apply');
    expect(await retag.summaryCount('changed')).toBe(tagged.length);
    expect(await retag.summaryCount('skipped')).toBe(0);
    expect(await retag.summaryCount('failed')).toBe(0);
    await shoot(page, lib, 'retag-summary');
    await retag.closeSummary();

    // The list re-queried: the renamed files no longer match tag:MINING, and tag:"BITCOIN MINING" finds them.
    await expect.poll(() => lib.shownCount()).toBe(matching - tagged.length);
    await expect(retag.bulkBar).toBeHidden();
    await lib.query('tag:"BITCOIN MINING"');
    await expect.poll(() => lib.shownCount()).toBe(tagged.length);
    await expect(lib.rows.first().locator('.chip').filter({ hasText: 'BITCOIN MINING' })).toBeVisible();

    // On disk: exactly the tag line changed, nothing else.
    for (const rel of tagged) {
      const after = await readFile(path.join(root, rel), 'utf8');
      expect(changedLines(before.get(rel)?.toString('utf8') ?? '', after), rel).toMatchObject([{ before: '  - MINING', after: '  - BITCOIN MINING' }]);
    }

    await lib.list.focus();
    await retag.undoLastByKeyboard();
    await expect(retag.journals.getByTestId('undo-report')).toContainText(`${tagged.length} restored`);
    await retag.journals.getByRole('button', { name: 'Close', exact: true }).click();
    for (const [rel, bytes] of before) expect((await readFile(path.join(root, rel))).equals(bytes), rel).toBe(true);
    await expect.poll(() => lib.shownCount()).toBe(0);
    await lib.query('tag:MINING');
    await expect.poll(() => lib.shownCount()).toBe(matching);
  });

  test('ticks from the keyboard and explains skipped files', async ({ page }) => {
    const { keyboard } = page;
    await lib.list.focus();
    await keyboard.press('ArrowDown');
    await keyboard.press('Space');
    await expect(retag.bulkBar).toContainText('1 selected');
    await keyboard.press('ArrowDown');
    await keyboard.press('ArrowDown');
    await keyboard.press('Shift+Space');
    await expect(retag.bulkBar).toContainText('3 selected');
    await expect(lib.list.locator('[role="option"][aria-checked="true"]')).toHaveCount(3);
    await keyboard.press('ControlOrMeta+a');
    await expect(retag.bulkBar).toContainText(`All ${await lib.shownCount()} matching`);
    await keyboard.press('Escape');
    await expect(retag.bulkBar).toBeHidden();

    // Shift+click ranges; the header box ticks the rows on screen, and clears.
    await lib.rows.nth(0).getByRole('checkbox').click();
    await lib.rows.nth(4).getByRole('checkbox').click({ modifiers: ['Shift'] });
    await expect(retag.bulkBar).toContainText('5 selected');
    await page.getByRole('checkbox', { name: 'Clear the ticks' }).click();
    await expect(retag.bulkBar).toBeHidden();
    await page.getByRole('checkbox', { name: 'Tick the articles on screen' }).click();
    const ticked = await lib.list.locator('[role="option"][aria-checked="true"]').count();
    expect(ticked).toBeGreaterThan(5);
    await expect(retag.bulkBar).toContainText(`${ticked} selected`);
    await lib.list.focus();
    await keyboard.press('Escape');
    await expect(retag.bulkBar).toBeHidden();

    // Broken files are skipped with the reason in words; a file whose YAML reads fine still changes.
    await lib.query('invalid:true');
    const invalid = await lib.shownCount();
    await lib.list.focus();
    await keyboard.press('ControlOrMeta+a');
    await keyboard.press('e');
    await expect(retag.compose).toBeVisible();
    await retag.compose.getByLabel('Tags to add').fill('CHECKED');
    await keyboard.press('Enter');
    await expect(retag.compose.locator('.tag-input-chip')).toHaveText(['CHECKED']);
    await retag.planPreview();
    const stats = await retag.stats();
    expect(stats.skipped).toBe(2);
    expect(stats.changed + stats.unchanged + stats.skipped).toBe(invalid);
    await retag.preview.getByRole('tab', { name: /^Skipped/ }).click();
    await expect(retag.preview.getByRole('tabpanel')).toContainText('No frontmatter block at the top of the file');
    await expect(retag.preview.getByRole('tabpanel')).toContainText('The frontmatter YAML does not parse');
    await shoot(page, lib, 'retag-skipped');

    // Apply, then undo straight from the summary: the changed file gets its exact bytes back.
    await retag.preview.getByRole('tab', { name: /^Will change/ }).click();
    const changed = await retag.preview.locator('.file-diff').getAttribute('data-path');
    expect(changed).toBeTruthy();
    const original = await readFile(path.join(server.workspace, changed ?? ''));
    await retag.apply();
    expect(await retag.summaryCount('changed')).toBe(1);
    expect(await retag.summaryCount('skipped')).toBe(0);
    expect((await readFile(path.join(server.workspace, changed ?? ''), 'utf8')).split('\n')).toContain('  - CHECKED');
    await retag.summary.getByRole('button', { name: 'Undo this edit' }).click();
    await expect(retag.undone.getByTestId('undo-report')).toContainText('1 restored');
    expect((await readFile(path.join(server.workspace, changed ?? ''))).equals(original)).toBe(true);
    await retag.undone.getByRole('button', { name: 'Done' }).click();
    await expect(retag.undone).toBeHidden();
  });

  test('taxonomy: rename a tag and merge Mining into MINING', async ({ page }) => {
    const root = server.workspace;
    await retag.openTaxonomy();
    await expect(retag.taxonomyRow('MINING')).toBeVisible();
    await expect(retag.taxonomyRow('HASHPRICE').locator('.taxonomy-flag')).toHaveText(['used once']);
    await retag.taxonomyRow('MINING').hover();
    await shoot(page, lib, 'retag-taxonomy');

    // Sort by name, then back by count.
    await retag.taxonomy.getByRole('button', { name: /^Tag/ }).click();
    await expect(retag.taxonomy.locator('thead th').first()).toHaveAttribute('aria-sort', 'ascending');
    const names = await retag.taxonomy.locator('tbody .taxonomy-name-text').allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));

    // Rename from the row.
    const hashpriceBefore = await readFile(path.join(root, HASHPRICE), 'utf8');
    await retag.rowAction('HASHPRICE', 'Rename');
    await retag.compose.getByLabel('New name').fill('HASH PRICE');
    await retag.planPreview();
    expect((await retag.stats()).changed).toBe(1);
    await expect(retag.diffLines(HASHPRICE, '+')).toHaveText(['  - HASH PRICE']);
    await retag.apply();
    await retag.closeSummary();
    await expect(retag.taxonomyRow('HASH PRICE')).toBeVisible();
    await expect(retag.taxonomyRow('HASHPRICE')).toHaveCount(0);
    const renamed = await readFile(path.join(root, HASHPRICE), 'utf8');
    expect(changedLines(hashpriceBefore, renamed)).toMatchObject([{ before: '  - HASHPRICE', after: '  - HASH PRICE' }]);

    // Merge the case variant `Mining` (one file) into `MINING`, matching exactly.
    await retag.taxonomy.getByRole('radio', { name: 'Exact' }).click();
    await expect(retag.taxonomyRow('HASH PRICE').locator('.taxonomy-flag')).toHaveText(['used once']);
    await retag.taxonomy.getByRole('button', { name: 'Merge tags…' }).click();
    await expect(retag.compose.getByLabel(/Ignore case/)).not.toBeChecked();
    await retag.compose.getByLabel('Merge these tags').fill('Mining');
    await page.keyboard.press('Enter');
    await retag.compose.getByLabel('Into').fill('MINING');
    await retag.planPreview();
    await expect(retag.preview.getByRole('heading')).toHaveText('Merge “Mining” into “MINING”');
    expect((await retag.stats()).changed).toBe(1);
    await expect(retag.diffLines(HASHPRICE, '-')).toHaveText(['  - Mining']);
    await expect(retag.diffLines(HASHPRICE, '+')).toHaveText(['  - MINING']);
    await retag.apply();
    await retag.closeSummary();
    const merged = await readFile(path.join(root, HASHPRICE), 'utf8');
    expect(changedLines(renamed, merged)).toMatchObject([{ before: '  - Mining', after: '  - MINING' }]);

    // Show articles: back to the library with the tag in the query.
    await retag.rowAction('MINING', 'Articles');
    await expect(lib.search).toHaveValue('tag:"MINING"');
    await expect.poll(() => lib.shownCount()).toBe((await filesTagged(root, 'MINING')).length);

    // Both edits are listed, newest first, and can be undone from the list.
    await page.getByRole('button', { name: 'Bulk edits' }).click();
    const rows = retag.journals.locator('tbody tr');
    await expect(rows.nth(0)).toContainText('rename "Mining" → "MINING"');
    await expect(rows.nth(1)).toContainText('rename "HASHPRICE" → "HASH PRICE"');
    await shoot(page, lib, 'retag-journals');
    await retag.journals.getByRole('button', { name: 'Undo', exact: true }).first().click();
    await expect(retag.journals.getByTestId('undo-report')).toContainText('1 restored');
    await retag.journals.getByRole('button', { name: 'All bulk edits' }).click();
    await retag.journals.getByRole('button', { name: 'Undo', exact: true }).first().click();
    await expect(retag.journals.getByTestId('undo-report')).toContainText('1 restored');
    expect(await readFile(path.join(root, HASHPRICE), 'utf8')).toBe(hashpriceBefore);
  });
});
