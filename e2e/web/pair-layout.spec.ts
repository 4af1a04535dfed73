import { expect, test } from '@playwright/test';
import { startServer } from '../fixtures/serve';
import type { CopydeskServer } from '../fixtures/serve';
import { stubRemoteImages } from '../fixtures/images';
import { watchPageErrors } from '../fixtures/page-errors';
import { LibraryPage } from '../pages/library-page';
import { PairPage } from '../pages/pair-page';
import type { EditorPanePage } from '../pages/pair-page';
import { ReviewPage } from '../pages/review-page';

/*
 * Issue 11 part 2: the pair view shows the article, not its metadata. At
 * 1440×900 (the web project's viewport) both bodies are in view as the pair
 * opens; the frontmatter is a one-line summary and a folded YAML marker; the
 * layout choices are remembered; sync scroll stays level through folds.
 */

const NORWEGIAN_EN = 'src/content/blog/2026/01/norwegian-miner-converts-site-to-ai.en.md';
const NORWEGIAN_UK = 'src/content/blog/2026/01/norwegian-miner-converts-site-to-ai.uk.md';
const UK_TITLE = 'Норвезький майнер перетворює свій майданчик на гідроенергії на дата-центр для ШІ';

test.describe('the pair view puts the article first', () => {
  let server: CopydeskServer;
  let lib: LibraryPage;
  let pair: PairPage;
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
    pair = new PairPage(page);
    await page.goto(server.url);
    await lib.waitForIndex();
  });

  test.afterEach(() => {
    expect(pageErrors).toEqual([]);
  });

  test('both bodies are in view as the pair opens: a summary line and a folded YAML marker per pane', async ({ page }) => {
    await pair.open(NORWEGIAN_UK, 'norwegian-miner-converts-site-to-ai.uk');
    await expect(pair.source.root).toHaveAttribute('data-path', NORWEGIAN_EN);

    for (const [pane, fields] of [
      [pair.source, '14 fields'],
      [pair.target, '15 fields'],
    ] as const) {
      await expect(pane.summary).toHaveAttribute('aria-expanded', 'false');
      await expect(pane.form).toHaveCount(0);
      await expect(pane.summary).toContainText('Published');
      await expect(pane.yamlMarker).toHaveText(fields);
      await expect(pane.line('title:')).toHaveCount(0);
    }
    await expect(pair.source.summary).toContainText('Norwegian miner turns its hydro-powered site into an AI data center');
    await expect(pair.target.summary).toContainText(UK_TITLE);

    // What a translator reviews: the first heading and paragraph of each body, without scrolling.
    await expect(pair.source.line('## Overview')).toBeInViewport();
    await expect(pair.source.content.locator('.cm-line', { hasText: 'Fjordline Compute, a bitcoin miner' })).toBeInViewport();
    await expect(pair.target.line('## Огляд')).toBeInViewport();
    await expect(pair.target.content.locator('.cm-line', { hasText: 'Fjordline Compute, майнер біткоїна' })).toBeInViewport();
    for (const pane of [pair.source, pair.target]) expect(await pane.scroller.evaluate((element) => element.scrollTop)).toBe(0);

    // The marker unfolds on click; Ctrl+Shift+[ on the first line folds the block again.
    await pair.source.yamlMarker.click();
    await expect(pair.source.line('title:')).toBeVisible();
    await pair.source.line('---').first().click();
    await page.keyboard.press('Home');
    await page.keyboard.press('Control+Shift+BracketLeft');
    await expect(pair.source.yamlMarker).toHaveText('14 fields');
  });

  test('the form opens from its summary or Ctrl/Cmd+Shift+F, and the choice is remembered', async ({ page }) => {
    await pair.open(NORWEGIAN_UK, 'norwegian-miner-converts-site-to-ai.uk');
    await pair.target.content.click();
    await page.keyboard.press('ControlOrMeta+Shift+F');
    await expect(pair.target.form).toBeVisible();
    await expect(pair.target.summary).toHaveAttribute('aria-expanded', 'true');
    await expect(pair.source.form).toHaveCount(0);

    // Another article, then a new page load: the translation's form stays open, the original's folded.
    await page.reload();
    await lib.waitForIndex();
    await pair.open(NORWEGIAN_UK, 'norwegian-miner-converts-site-to-ai.uk');
    await expect(pair.target.form).toBeVisible();
    await expect(pair.source.summary).toHaveAttribute('aria-expanded', 'false');
    await pair.target.summary.click();
    await expect(pair.target.form).toHaveCount(0);

    // The list and the pane widths are remembered too.
    await page.keyboard.press('ControlOrMeta+B');
    const divider = pair.root.getByRole('separator', { name: 'Resize panes' });
    await divider.focus();
    await page.keyboard.press('ArrowRight');
    await expect(divider).toHaveAttribute('aria-valuenow', '55');
    await page.reload();
    await lib.waitForIndex();
    await pair.open(NORWEGIAN_UK, 'norwegian-miner-converts-site-to-ai.uk');
    await expect(pair.target.form).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Articles' })).toBeHidden();
    await expect(pair.root.getByRole('separator', { name: 'Resize panes' })).toHaveAttribute('aria-valuenow', '55');
  });

  test('the YAML marker follows form edits while folded', async () => {
    await pair.open('src/content/blog/2026/01/bitcoin-etf-outflows-third-week.es.md', 'outflows-third-week.es');
    const pane = pair.target;
    await expect(pane.yamlMarker).toHaveText('15 fields · 1 problem');
    await expect(pane.summary).toContainText('1 problem');
    await pane.openForm();
    await pane.field('Sentiment').selectOption('NEGATIVE');
    await expect(pane.yamlMarker).toHaveText('15 fields');
    await expect(pane.summary).not.toContainText('problem');
    await pane.unfoldYaml();
    await expect(pane.line('sentiment:')).toHaveText('sentiment: NEGATIVE');
  });

  test('long titles and URLs wrap in the width the form has', async () => {
    await pair.open(NORWEGIAN_UK, 'norwegian-miner-converts-site-to-ai.uk');
    await pair.target.openForm();
    const title = pair.target.field('Title');
    await expect(title).toHaveValue(UK_TITLE);
    const box = await title.evaluate((element) => ({ client: element.clientHeight, scroll: element.scrollHeight, width: element.clientWidth, scrollWidth: element.scrollWidth }));
    // All of it shows: no hidden overflow either way, and it took more than one line.
    expect(box.scroll).toBeLessThanOrEqual(box.client + 1);
    expect(box.scrollWidth).toBeLessThanOrEqual(box.width + 1);
    expect(box.client).toBeGreaterThan(30);

    await pair.target.root.getByRole('button', { name: /^Cover image/ }).click();
    const raw = pair.target.form.locator('[data-field$="coverImage-raw"] textarea');
    const url = await raw.evaluate((element) => ({ client: element.clientHeight, scroll: element.scrollHeight, scrollWidth: element.scrollWidth, width: element.clientWidth }));
    expect(url.scroll).toBeLessThanOrEqual(url.client + 1);
    expect(url.scrollWidth).toBeLessThanOrEqual(url.width + 1);

    // Enter does not put a line break into the value.
    await title.click();
    await title.press('End');
    await title.press('Enter');
    await expect(title).toHaveValue(UK_TITLE);
  });

  test('sync scroll stays level after folding, unfolding and hiding panels', async ({ page }) => {
    const review = new ReviewPage(page);
    await pair.open(NORWEGIAN_UK, 'norwegian-miner-converts-site-to-ai.uk');
    await expect(review.strip).toContainText('blocks paired');
    await review.syncScroll.check();

    const lineHeight = await pair.source.content.locator('.cm-line').first().evaluate((element) => element.getBoundingClientRect().height);
    const SOURCE = 'The hard part of a data center';
    const TARGET = 'Найскладніше в дата-центрі';
    /** The paired paragraph's tops in both panes differ by at most one line. */
    const expectLevel = async (): Promise<void> => {
      await expect
        .poll(async () => {
          const [a, b] = await Promise.all([pair.source.lineTop(SOURCE), pair.target.lineTop(TARGET)]);
          return a === null || b === null ? Infinity : Math.abs(a - b);
        })
        .toBeLessThanOrEqual(lineHeight);
    };
    const scrollSourceTo = async (pane: EditorPanePage, text: string): Promise<void> => {
      await pane.root.evaluate((root, wanted) => {
        const scroller = root.querySelector('.cm-scroller');
        const line = [...root.querySelectorAll('.cm-content .cm-line')].find((element) => element.textContent?.includes(wanted));
        if (scroller && line) scroller.scrollTop += line.getBoundingClientRect().top - scroller.getBoundingClientRect().top - 40;
      }, text);
    };

    await scrollSourceTo(pair.source, SOURCE);
    await expectLevel();

    // Unfold the translation's YAML (keyboard, caret still on its first line): the block above grows by a dozen lines.
    await pair.target.content.focus();
    await page.keyboard.press('Control+Shift+BracketRight');
    await expect(pair.target.yamlMarker).toHaveCount(0);
    await expectLevel();

    // Fold it again.
    await page.keyboard.press('Control+Shift+BracketLeft');
    await expect(pair.target.yamlMarker).toHaveText('15 fields');
    await expectLevel();

    // A panel opens above the original's editor (its fields form), then the list beside the pair hides.
    await pair.source.summary.click();
    await expect(pair.source.form).toBeVisible();
    await expectLevel();
    await page.keyboard.press('ControlOrMeta+B');
    await expect(page.getByRole('region', { name: 'Articles' })).toBeHidden();
    await expectLevel();
  });
});
