import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startServer } from '../fixtures/serve';
import type { CopydeskServer } from '../fixtures/serve';
import { stubRemoteImages } from '../fixtures/images';
import { watchPageErrors } from '../fixtures/page-errors';
import { LibraryPage } from '../pages/library-page';
import { PairPage } from '../pages/pair-page';
import { ReviewPage } from '../pages/review-page';

/*
 * Issue 11 part 5: messages that stay true. Each test is one flow over its
 * own article of a served temp copy of the sample corpus.
 */

const ETF_ES = 'src/content/blog/2026/01/bitcoin-etf-outflows-third-week.es.md';
const NORWEGIAN = { en: 'src/content/blog/2026/01/norwegian-miner-converts-site-to-ai.en.md', uk: 'src/content/blog/2026/01/norwegian-miner-converts-site-to-ai.uk.md' };
const HASHPRICE = { en: 'src/content/blog/2025/12/hashprice-slump-year-end.en.md', uk: 'src/content/blog/2025/12/hashprice-slump-year-end.uk.md' };

test.describe('messages that stay true', () => {
  let server: CopydeskServer;
  let lib: LibraryPage;
  let pair: PairPage;
  let review: ReviewPage;
  let pageErrors: string[];

  test.beforeAll(async () => {
    server = await startServer();
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  test.beforeEach(async ({ page }) => {
    // A refused save (422) and a refused create (409) are answers the page shows; Chromium logs them anyway.
    pageErrors = watchPageErrors(page, {
      expected: (message) => /\/api\/(article\.save|review\.createTranslation)$/.test(message.location().url) && /status of (409|422)/.test(message.text()),
    });
    await stubRemoteImages(page);
    lib = new LibraryPage(page);
    pair = new PairPage(page);
    review = new ReviewPage(page);
    await page.goto(server.url);
    await lib.waitForIndex();
  });

  test.afterEach(() => {
    expect(pageErrors).toEqual([]);
  });

  test('a refused save speaks the form’s words and goes away as soon as the text changes', async ({ page }) => {
    await pair.open(ETF_ES, 'outflows-third-week.es');
    const pane = pair.target;
    await pane.openForm();
    // The form's own wording, next to the field…
    await expect(pane.form.locator('.field-row--invalid')).toContainText('Must be one of POSITIVE, NEGATIVE, NEUTRAL');
    await pane.field('Title').press('End');
    await pane.field('Title').pressSequentially('!');
    await page.keyboard.press('ControlOrMeta+S');
    // …and the same under the field's label in the refusal: no backticks, pipes or quotes from the validator.
    await expect(pane.saveErrors).toContainText('Not saved — the file on disk is unchanged.');
    // The site's schema has no titles: the label is the key, or its words ("Sentiment") where the form writes them.
    await expect(pane.saveErrors).toContainText(/sentiment must be one of POSITIVE, NEGATIVE, NEUTRAL/i);
    expect(await pane.saveErrors.innerText()).not.toMatch(/[`|"]/);
    // The next keystroke makes the refusal history: it disappears.
    await pane.field('Title').pressSequentially('!');
    await expect(pane.saveErrors).toHaveCount(0);
  });

  test('the Problems view uses the same words and stays readable with an item open', async ({ page }) => {
    await lib.openProblems();
    const problems = page.getByRole('region', { name: 'Problems' });
    const item = problems.locator(`[data-path="${ETF_ES}"]`);
    await expect(item).toContainText(/sentiment must be one of POSITIVE, NEGATIVE, NEUTRAL/i);
    await item.getByRole('button').first().click();
    await expect(pair.target.root).toHaveAttribute('data-path', ETF_ES);
    // The list keeps a usable width, and a message is laid out in lines of words, not a word per line.
    const column = await problems.evaluate((element) => element.getBoundingClientRect().width);
    expect(column).toBeGreaterThanOrEqual(340);
    const message = item.locator('.issue-message').first();
    const box = await message.evaluate((element) => {
      const style = element.ownerDocument.defaultView?.getComputedStyle(element) ?? { lineHeight: '', fontSize: '13' };
      return { width: element.getBoundingClientRect().width, height: element.getBoundingClientRect().height, line: parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.3 };
    });
    expect(box.width).toBeGreaterThanOrEqual(280);
    expect(box.height / box.line).toBeLessThanOrEqual(3);
    await lib.screenshot('problems-open-item-light');
  });

  test('dates show to the second in the reader’s locale; the file keeps its milliseconds', async () => {
    await pair.open(NORWEGIAN.en, 'norwegian-miner-converts-site-to-ai.en');
    const pane = pair.source;
    await pane.openForm();
    const updated = pane.field('Updated at');
    await expect(updated).toHaveValue('2026-01-19T10:52:33');
    await expect(updated).toHaveAttribute('step', '1');
    await updated.fill('2026-01-19T10:53:33');
    await pane.unfoldYaml();
    await expect(pane.line('updatedAt:')).toHaveText("updatedAt: '2026-01-19T10:53:33.118Z'");
  });

  test('the approval notice goes once the translation is outdated', async () => {
    await review.open();
    await review.openCell('57588012', 'uk');
    await expect(review.badge).toHaveText(/Unreviewed/);
    await review.approve.click();
    await expect(review.badge).toHaveText(/Approved/);
    await expect(review.message).toContainText('Approved');
    // The original changes on disk: the badge says outdated, and the notice no longer claims approval.
    const file = path.join(server.workspace, NORWEGIAN.en);
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('seeking steadier income', 'seeking steadier, more predictable income'));
    await expect(review.badge).toHaveText(/Outdated/, { timeout: 15_000 });
    await expect(review.message).toHaveText('');
  });

  test('Esc closes the create-translation dialog after a failed create, and focus goes back', async ({ page }) => {
    await pair.open(HASHPRICE.en, 'hashprice');
    const opener = pair.languages.getByRole('button', { name: 'Create uk translation' });
    await opener.click();
    await expect(review.createDialog).toBeVisible();
    // Someone writes the file meanwhile: the create is refused, never over a file.
    await writeFile(path.join(server.workspace, HASHPRICE.uk), 'Notes for the Ukrainian version, not an article yet.\n');
    await review.createDialog.getByRole('button', { name: 'Create translation' }).click();
    await expect(review.createDialog.getByRole('alert')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(review.createDialog).toBeHidden();
    await expect(opener).toBeFocused();
    // Esc went to the dialog only: the article is still open.
    await expect(pair.source.root).toHaveAttribute('data-path', HASHPRICE.en);
  });

  test('Esc closes a dialog whose focused button went away', async ({ page }) => {
    await pair.open(HASHPRICE.en, 'hashprice');
    await pair.languages.getByRole('button', { name: /Create (es|pt) translation/ }).first().click();
    await expect(review.createDialog).toBeVisible();
    // Focus falls to the page (the way a disabled, busy button drops it).
    await page.locator('body').evaluate((body) => (body.ownerDocument.activeElement as typeof body | null)?.blur());
    await page.keyboard.press('Escape');
    await expect(review.createDialog).toBeHidden();
    await expect(pair.source.root).toHaveAttribute('data-path', HASHPRICE.en);
  });

  test('the shortcuts list opens at its top and lists the new keys', async ({ page }) => {
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('heading', { name: 'Keyboard shortcuts' })).toBeInViewport();
    await expect(dialog.getByRole('cell', { name: 'Focus search', exact: true })).toBeInViewport();
    await expect(dialog).toContainText('Show / fold the fields form of the focused pane');
    await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });
});
