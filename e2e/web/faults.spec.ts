import { chmod, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { damagePageOf } from '../../src/main/db/__fixtures__/damage-index';
import { makeUnwritable } from '../../src/main/services/retag/test-support/unwritable-folder';
import { stubRemoteImages } from '../fixtures/images';
import { watchPageErrors } from '../fixtures/page-errors';
import { startServer } from '../fixtures/serve';
import type { CopydeskServer } from '../fixtures/serve';
import { LibraryPage } from '../pages/library-page';
import { RetagPage } from '../pages/retag-page';

/*
 * What the window says when things go wrong underneath it: an index damaged
 * on disk while served, a search cut to its first 32 words, an undo that
 * cannot restore a read-only file. Each flow gets its own served copy of the
 * sample corpus (they damage or write it), journals in a temp data folder.
 */

const ETF = 'src/content/blog/2026/01/bitcoin-etf-outflows-third-week.en.md';

async function shoot(page: Page, lib: LibraryPage, name: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await lib.screenshot(`${name}-${colorScheme}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

let server: CopydeskServer;
let dataDir: string;
let lib: LibraryPage;
let pageErrors: string[];

test.beforeEach(async ({ page }) => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'copydesk-e2e-data-'));
  server = await startServer(undefined, { env: { COPYDESK_DATA_DIR: dataDir } });
  pageErrors = watchPageErrors(page);
  await stubRemoteImages(page);
  lib = new LibraryPage(page);
  await page.goto(server.url);
  await lib.waitForIndex();
});

test.afterEach(async ({ page }) => {
  const errors = [...pageErrors];
  // The page goes first: its event stream would otherwise keep knocking on the stopped server.
  await page.close();
  await server?.stop();
  await rm(dataDir, { recursive: true, force: true });
  expect(errors).toEqual([]);
});

test('an index damaged on disk is rebuilt at the first search that reads it, and the window says so once, until dismissed', async ({ page }) => {
  const notice = page.getByTestId('index-recovered');
  await expect(notice).toHaveCount(0);
  // A bad page in the full text, on disk (serve stopped meanwhile, so the index is whole in its file and no
  // connection holds the page in memory). Opening does not read it; the first full-text search does.
  await page.goto('about:blank');
  await server.restart(() => void damagePageOf(server.db, 'articles_fts_data'));
  await page.goto(server.url);
  await lib.waitForIndex();
  await expect(notice).toHaveCount(0);
  await lib.query('bitcoin');
  await expect(notice).toHaveCount(1, { timeout: 30_000 });
  await expect(notice).toContainText(/^The search index was damaged and is being rebuilt from your articles, which are not affected\. The damaged copy was kept as index\.sqlite\.corrupt-\d{8}T\d{6}Z\.$/);
  // Names only: neither the data folder nor the served folder.
  await expect(notice).not.toContainText(path.dirname(server.db));
  // The search still answers, from the rebuilt index.
  await expect(lib.list.locator(`[role="option"][data-path="${ETF}"]`)).toBeVisible();
  await shoot(page, lib, 'damaged-index-notice');

  // More searches do not repeat it; it stays until dismissed, here with Esc on its button.
  await lib.query('mining');
  await lib.query('bitcoin');
  await expect(notice).toHaveCount(1);
  await notice.getByRole('button', { name: 'Dismiss this notice' }).focus();
  await page.keyboard.press('Escape');
  await expect(notice).toHaveCount(0);
  // Esc went to the notice only: the search is still there.
  await expect(lib.search).toHaveValue('bitcoin');
  await lib.query('etf');
  await expect(notice).toHaveCount(0);
});

test('a search of 40 different words says, under the box, that it used the first 32', async ({ page }) => {
  const words = Array.from({ length: 40 }, (_, i) => `word${String(i).padStart(2, '0')}`);
  await lib.query(words.join(' '));
  const notices = page.getByTestId('search-notices');
  await expect(notices).toHaveText('Searched the first 32 of 40 different words; the other 8 were left out.');
  await lib.query('bitcoin');
  await expect(notices).toHaveCount(0);
});

test('an undo that cannot restore a read-only file says why and that the edit stays undoable; once writable, undo finishes', async ({ page }) => {
  const retag = new RetagPage(page, lib);
  const file = path.join(server.workspace, ETF);
  const original = await readFile(file);

  await lib.query('bitcoin etf outflows');
  await retag.rowCheck(ETF).click();
  await expect(retag.bulkBar).toContainText('1 selected');
  await lib.list.focus();
  await page.keyboard.press('e');
  await retag.compose.getByLabel('Tags to add').fill('READONLY');
  await page.keyboard.press('Enter');
  await retag.planPreview();
  await retag.apply();
  expect(await retag.summaryCount('changed')).toBe(1);
  expect(await readFile(file, 'utf8')).toContain('READONLY');

  // Read-only now: the write layer refuses it from the mode bits (even as root).
  await chmod(file, 0o444);
  await retag.summary.getByRole('button', { name: 'Undo this edit' }).click();
  const report = retag.undone.getByTestId('undo-report');
  await expect(report).toBeVisible();
  await expect(retag.undone.getByRole('heading', { level: 2 })).toHaveText('Bulk edit not undone yet');
  await expect(report.locator('[data-stat="restored"]')).toHaveText('0 restored');
  await expect(report.locator('[data-stat="left-alone"]')).toHaveText('1 left alone');
  await expect(report.locator('li', { hasText: ETF })).toContainText('The file or its folder is not writable');
  await expect(report.getByTestId('undo-note')).toHaveText([
    '1 file could not be restored now. The bulk edit stays undoable: fix the cause shown beside it, then undo it again from Bulk edits.',
  ]);
  expect(await readFile(file, 'utf8')).toContain('READONLY');
  await shoot(page, lib, 'undo-report-not-writable');
  await retag.undone.getByRole('button', { name: 'Done' }).click();

  // Fixed: the same edit is offered again and restores the exact bytes.
  await chmod(file, 0o644);
  await retag.undoLastByKeyboard();
  await expect(retag.journals.getByRole('heading', { level: 2 })).toHaveText('Bulk edit undone');
  await expect(retag.journals.getByTestId('undo-report').locator('[data-stat="restored"]')).toHaveText('1 restored');
  await expect(retag.journals.getByTestId('undo-note')).toHaveCount(0);
  expect((await readFile(file)).equals(original)).toBe(true);
});

test('an apply whose undo journal cannot be written shows main\'s message as it is, and nothing changed', async ({ page }) => {
  const retag = new RetagPage(page, lib);
  const file = path.join(server.workspace, ETF);
  const original = await readFile(file);
  await lib.query('bitcoin etf outflows');
  await retag.rowCheck(ETF).click();
  await lib.list.focus();
  await page.keyboard.press('e');
  await retag.compose.getByLabel('Tags to add').fill('NOJOURNAL');
  await page.keyboard.press('Enter');
  await retag.planPreview();

  const journals = path.join(dataDir, 'journals');
  await mkdir(journals, { recursive: true });
  const lift = makeUnwritable(journals);
  test.skip(typeof lift === 'string', String(lift));
  try {
    await retag.preview.getByRole('button', { name: /^Apply to 1 file$/ }).click();
    const stopped = page.getByTestId('retag-stopped');
    await expect(stopped.getByTestId('retag-stop-message')).toHaveText(
      /^Nothing was changed, because the undo journal could not be written: the folder is not writable \((EACCES|EPERM)\)\. Apply again once it can be written\.$/,
    );
    await expect(stopped.getByRole('heading', { level: 2 })).toHaveText('Add “NOJOURNAL” — not finished');
    await stopped.getByRole('button', { name: 'Bulk edits…' }).click();
    await expect(retag.journals).toBeVisible();
  } finally {
    if (typeof lift !== 'string') lift();
  }
  expect((await readFile(file)).equals(original)).toBe(true);
  // The refused call is an HTTP 500 (`internal`), which the browser logs; it is the one expected error.
  const refused = pageErrors.filter((error) => error.includes('status of 500'));
  expect(refused).toHaveLength(1);
  pageErrors.splice(pageErrors.indexOf(refused[0] ?? ''), 1);
});
