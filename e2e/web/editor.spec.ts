import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startServer } from '../fixtures/serve';
import type { CopydeskServer } from '../fixtures/serve';
import { stubRemoteImages } from '../fixtures/images';
import { watchPageErrors } from '../fixtures/page-errors';
import { LibraryPage } from '../pages/library-page';
import { PairPage } from '../pages/pair-page';
import {
  deletedFileCanBeSavedAgain,
  externalEditWhileDirty,
  formEditsYaml,
  invalidDateBlocksSave,
  saveConflictThenOverwrite,
  saveTouchesUpdatedAt,
  saveWritesOneLine,
  yamlEditsForm,
} from '../pages/editor-flows';

const NORWEGIAN_EN = 'src/content/blog/2026/01/norwegian-miner-converts-site-to-ai.en.md';
const NORWEGIAN_UK = 'src/content/blog/2026/01/norwegian-miner-converts-site-to-ai.uk.md';

test.describe('pair editor over copydesk serve', () => {
  // These flows write files into one served copy of the corpus, each after the one before: declared, so a
  // failure stops the rest instead of letting them run on a state nobody meant.
  test.describe.configure({ mode: 'serial' });
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
    // Refused saves (invalid 422, conflict 409) and reading a deleted file or its review (404) are
    // answers the page shows, not failures; Chromium still logs every 4xx.
    pageErrors = watchPageErrors(page, {
      expected: (message) => {
        const { url } = message.location();
        return (
          (url.endsWith('/api/article.save') && /status of (409|422)/.test(message.text())) ||
          (/\/api\/(article\.read|review\.pair)$/.test(url) && /status of 404/.test(message.text()))
        );
      },
    });
    await stubRemoteImages(page);
    lib = new LibraryPage(page);
    pair = new PairPage(page);
    await page.goto(server.url);
    await lib.waitForIndex();
  });

  test.afterEach(() => {
    expect(pageErrors).toEqual([]);
  });

  test('opening a translation puts its original on the left, with the group languages', async ({ page }) => {
    await lib.query('lang:uk');
    await lib.list.locator(`[data-path="${NORWEGIAN_UK}"]`).dblclick();
    await expect(pair.source.root).toHaveAttribute('data-path', NORWEGIAN_EN);
    await expect(pair.target.root).toHaveAttribute('data-path', NORWEGIAN_UK);
    await expect(pair.languages.locator('[data-lang="uk"]')).toHaveAttribute('aria-pressed', 'true');
    await expect(pair.languages.locator('button')).toHaveText(['es', 'pt', 'uk']);
    await pair.languages.locator('[data-lang="pt"]').click();
    await expect(pair.target.root).toHaveAttribute('data-path', NORWEGIAN_UK.replace('.uk.', '.pt.'));
    await pair.target.openForm();
    await expect(pair.target.field('Lang')).toHaveValue('pt');
    await pair.source.openForm();
    // The source lock makes the original read-only with one click.
    await pair.source.root.getByRole('button', { name: 'Lock original (read-only)' }).click();
    await expect(pair.source.field('Title')).toBeDisabled();
    await expect(pair.source.content).toHaveAttribute('aria-readonly', 'true');
    await page.keyboard.press('Alt+L');
    await expect(pair.source.field('Title')).toBeEnabled();

    // Panes resize (keyboard on the divider) and collapse; Alt+1 brings the original back and focuses it.
    const divider = pair.root.getByRole('separator', { name: 'Resize panes' });
    await divider.focus();
    await page.keyboard.press('ArrowLeft');
    await expect(divider).toHaveAttribute('aria-valuenow', '45');
    await page.keyboard.press('Alt+Shift+Digit1');
    await expect(pair.source.root).toHaveClass(/editor-pane--collapsed/);
    await expect(pair.source.form).toBeHidden();
    await page.keyboard.press('Alt+Digit1');
    await expect(pair.source.form).toBeVisible();
    await expect(pair.source.content).toBeFocused();
    await page.keyboard.press('Alt+Digit2');
    await expect(pair.target.content).toBeFocused();
  });

  test('an article without translations opens alone, listing the languages it lacks', async () => {
    await pair.open('src/content/blog/2026/02/immersion-cooling-retrofits.en.md', 'immersion cooling');
    await expect(pair.source.root).toBeVisible();
    await pair.source.openForm();
    await expect(pair.target.root).toHaveCount(0);
    await expect(pair.languages.locator('.lang-switch--missing')).toHaveText(['es', 'pt', 'uk']);
    // The sample site's schema describes canonicalUrl (a nullable URL): a field of its own, not "Other fields".
    await expect(pair.source.field('Canonical URL')).toHaveValue('https://news.example.com/mining/2026/02/immersion-cooling-retrofits');
    await expect(pair.source.form.getByRole('region', { name: 'Other fields' })).toHaveCount(0);
  });

  test('a form edit changes the YAML node, one undo step each', async () => {
    await formEditsYaml(pair);
  });

  test('typing in the YAML updates the form; broken YAML shows its line and waits', async () => {
    await yamlEditsForm(pair);
  });

  test('the date picker writes the file’s own format', async () => {
    await pair.open('src/content/blog/2026/01/bitcoin-etf-outflows-third-week.en.md', 'bitcoin etf outflows');
    const pane = pair.source;
    await pane.waitForEditor();
    await pane.field('Published at').fill('2026-01-23T08:30:15.250');
    await expect(pane.line('publishedAt:')).toHaveText("publishedAt: '2026-01-23T08:30:15.250Z'");
  });

  test('save writes exactly the edited line and our own save raises no banner', async () => {
    await saveWritesOneLine(pair, server.workspace);
  });

  test('save touches updatedAt when asked and the editor adopts the written text', async () => {
    await saveTouchesUpdatedAt(pair, server.workspace);
    // The library reflects the save at once.
    await lib.query('validator exit');
    await expect(lib.rows.first()).toBeVisible();
  });

  test('an invalid date blocks the save and leaves the file untouched', async () => {
    await invalidDateBlocksSave(pair, server.workspace);
  });

  test('an external edit while dirty shows the banner; compare, reload; clean panes follow silently', async () => {
    await externalEditWhileDirty(pair, server.workspace);
  });

  test('a save over a changed file is refused until the user overwrites', async () => {
    await saveConflictThenOverwrite(pair, server.workspace);
  });

  test('a file deleted on disk can be saved again', async () => {
    await deletedFileCanBeSavedAgain(pair, server.workspace);
  });

  test('a selected row is read ahead: opening it reads the file once, and a change on disk in between is shown', async ({ page }) => {
    const reads: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/api/article.read')) reads.push(String(JSON.parse(request.postData() ?? '{}').path));
    });
    await lib.query('lang:uk');
    const row = lib.list.locator(`[data-path="${NORWEGIAN_UK}"]`);
    await row.click();
    // The row's reads start once it has stayed selected a moment: the file and its original.
    await expect.poll(() => [...reads].sort()).toEqual([NORWEGIAN_EN, NORWEGIAN_UK]);
    await page.keyboard.press('Enter');
    await expect(pair.target.root).toHaveAttribute('data-path', NORWEGIAN_UK);
    await pair.target.waitForEditor();
    expect([...reads].sort()).toEqual([NORWEGIAN_EN, NORWEGIAN_UK]);

    // Read ahead, then changed on disk before opening: the open shows the disk as it is now.
    await page.getByRole('button', { name: 'Close article' }).click();
    await row.click();
    await expect.poll(() => reads.filter((read) => read === NORWEGIAN_UK).length).toBe(2);
    const file = path.join(server.workspace, NORWEGIAN_UK);
    await writeFile(file, (await readFile(file, 'utf8')).replace(/^score: .*$/m, 'score: 12'));
    await page.keyboard.press('Enter');
    await expect(pair.target.field('Score')).toHaveValue('12');
  });

  test('quick open finds by title or path as you type', async ({ page }) => {
    await page.keyboard.press('ControlOrMeta+P');
    const input = pair.quickOpen.getByRole('combobox');
    await input.fill('hydro');
    await expect(pair.quickOpen.getByRole('option').first()).toContainText(/hydro/i);
    await input.fill('lightning-merchant');
    const option = pair.quickOpen.locator('[role="option"][data-path="src/content/blog/2026/02/lightning-merchant-fees-survey.pt.md"]');
    await expect(option).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(pair.quickOpen).toBeHidden();
    // An orphan translation: no original to show on the left.
    await expect(pair.target.root).toHaveAttribute('data-path', 'src/content/blog/2026/02/lightning-merchant-fees-survey.pt.md');
    await expect(pair.root.locator('.pair-missing')).toContainText('not in this folder');
    await page.keyboard.press('ControlOrMeta+P');
    await page.keyboard.press('Escape');
    await expect(pair.quickOpen).toBeHidden();
  });

  test('unsaved changes are asked about before switching article and before unloading', async ({ page }) => {
    await pair.open(NORWEGIAN_EN, 'norwegian miner turns');
    await pair.source.openForm();
    await pair.source.field('Score').fill('78');
    await expect(pair.source.dirtyMark).toBeVisible();
    await pair.page.keyboard.press('ControlOrMeta+P');
    await pair.quickOpen.getByRole('combobox').fill('hashprice');
    await pair.quickOpen.getByRole('option').first().click();
    const ask = page.getByRole('alertdialog', { name: 'Unsaved changes' });
    await expect(ask).toContainText(NORWEGIAN_EN);
    await ask.getByRole('button', { name: 'Cancel' }).click();
    await expect(pair.source.root).toHaveAttribute('data-path', NORWEGIAN_EN);
    await expect(pair.source.field('Score')).toHaveValue('78');

    const dialog = page.waitForEvent('dialog');
    await page.close({ runBeforeUnload: true });
    const shown = await dialog;
    expect(shown.type()).toBe('beforeunload');
    await shown.accept();
    const file = await readFile(path.join(server.workspace, NORWEGIAN_EN), 'utf8');
    expect(file).toContain('score: 77');
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`pair view screenshots (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await pair.open(NORWEGIAN_UK, 'norwegian-miner-converts-site-to-ai.uk');
      await pair.source.waitForEditor();
      await pair.target.waitForEditor();
      await pair.target.root.getByRole('button', { name: /^Cover image/ }).click();
      // Remote images stay off until allowed for the folder (e2e/web/remote-images.spec.ts): a placeholder instead.
      await expect(pair.target.root.getByRole('button', { name: 'Load remote images for this folder' })).toBeVisible();
      await lib.screenshot(`pair-${colorScheme}`);

      // A translation with problems: the schema error next to its field and in the text.
      await pair.open('src/content/blog/2026/01/bitcoin-etf-outflows-third-week.es.md', 'outflows-third-week.es');
      await expect(pair.target.form.locator('.field-row--invalid')).toContainText('Sentiment');
      await expect(pair.target.yamlMarker).toHaveText('15 fields · 1 problem');
      await pair.target.unfoldYaml();
      await expect(pair.target.root.locator('.cm-lintRange-error').first()).toBeVisible();
      await lib.screenshot(`pair-invalid-${colorScheme}`);

      // The original collapsed to a strip, the list hidden: the translation gets the window.
      await page.keyboard.press('Alt+Shift+Digit1');
      await page.keyboard.press('ControlOrMeta+B');
      await expect(pair.source.root).toHaveClass(/editor-pane--collapsed/);
      await lib.screenshot(`pair-collapsed-${colorScheme}`);
      await page.keyboard.press('ControlOrMeta+B');
      await page.keyboard.press('Alt+Shift+Digit1');

      await page.keyboard.press('ControlOrMeta+P');
      await pair.quickOpen.getByRole('combobox').fill('mining');
      await expect(pair.quickOpen.getByRole('option').first()).toBeVisible();
      await lib.screenshot(`quick-open-${colorScheme}`);
    });
  }
});
