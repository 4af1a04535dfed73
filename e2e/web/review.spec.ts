import { execFileSync } from 'node:child_process';
import { copyFile, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { SAMPLE_CORPUS, startServer } from '../fixtures/serve';
import type { CopydeskServer } from '../fixtures/serve';
import { stubRemoteImages } from '../fixtures/images';
import { watchPageErrors } from '../fixtures/page-errors';
import { LibraryPage } from '../pages/library-page';
import { PairPage } from '../pages/pair-page';
import { ReviewPage } from '../pages/review-page';

/*
 * The sample corpus (resources/sample-site), counted by hand from its files:
 * 11 originals in en, plus lightning-merchant-fees-survey.pt.md whose original is absent (an orphan group): 12 groups.
 * es: 5 translations (stablecoin-supply, texas, bitcoin-etf, norwegian, stablecoin-payroll) → 6 missing.
 * pt: texas, eu, ethereum, norwegian, lightning (orphan) unreviewed, and gpu-lease-rates-soften.pt.md, which lost
 *     its frontmatter: its file name places it in its group as a draft needing frontmatter → 5 unreviewed, 1 draft, 6 missing.
 * uk: texas, eu, gpu, bitcoin-etf, norwegian unreviewed, and stablecoin-payroll (broken YAML, a draft in its group) → 5, 1, 5 missing.
 * Inconsistent: gpu.pt and payroll.uk (unreadable frontmatter), bitcoin-etf.es (sentiment NEGATIVO), lightning.pt (no original).
 * No file has a review yet; none is marked draft.
 */
const NORWEGIAN = { id: '57588012', en: 'src/content/blog/2026/01/norwegian-miner-converts-site-to-ai.en.md', uk: 'src/content/blog/2026/01/norwegian-miner-converts-site-to-ai.uk.md' };
const TEXAS = { id: '57310422', en: 'src/content/blog/2025/11/texas-miners-winter-demand-response.en.md', uk: 'src/content/blog/2025/11/texas-miners-winter-demand-response.uk.md' };
const HASHPRICE = { en: 'src/content/blog/2025/12/hashprice-slump-year-end.en.md', uk: 'src/content/blog/2025/12/hashprice-slump-year-end.uk.md' };
const COUNTY = { id: '57619420', es: 'src/content/blog/2026/01/county-pauses-data-center-grid-connections.es.md' };
const ETF_ES = { id: '57604471', es: 'src/content/blog/2026/01/bitcoin-etf-outflows-third-week.es.md' };
const NORWEGIAN_ES = 'src/content/blog/2026/01/norwegian-miner-converts-site-to-ai.es.md';
const TEXAS_ES = 'src/content/blog/2025/11/texas-miners-winter-demand-response.es.md';
/** Where the screenshots of the machine-translation checks go (`COPYDESK_SHOTS`, else the e2e output). */
const CHECK_SHOTS = process.env.COPYDESK_SHOTS;

/** Lines of `after` that are not in `before`, checking that nothing of `before` was removed or reordered. */
function addedLines(before: string, after: string): string[] {
  const old = before.split('\n');
  const added: string[] = [];
  let i = 0;
  for (const line of after.split('\n')) {
    if (i < old.length && line === old[i]) i++;
    else added.push(line);
  }
  expect(i, 'every original line survives, in order').toBe(old.length);
  return added;
}

test.describe('translation review over copydesk serve', () => {
  // The flows write files and build on each other's review states: one served copy, in order.
  test.describe.configure({ mode: 'serial' });
  let server: CopydeskServer;
  let lib: LibraryPage;
  let pair: PairPage;
  let review: ReviewPage;
  let errors: string[];
  const disk = (rel: string): Promise<string> => readFile(path.join(server.workspace, rel), 'utf8');

  test.beforeAll(async () => {
    server = await startServer();
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  test.beforeEach(async ({ page }) => {
    errors = watchPageErrors(page);
    await stubRemoteImages(page);
    lib = new LibraryPage(page);
    pair = new PairPage(page);
    review = new ReviewPage(page);
    await page.goto(server.url);
    await lib.waitForIndex();
  });
  test.afterEach(() => {
    expect(errors).toEqual([]);
  });

  test('the dashboard counts every language by hand-counted status, and the matrix works from the keyboard', async ({ page }) => {
    await review.open();
    // uk counts the blog's 5 unreviewed and the docs collection's 3 (docs has no es or pt, so those bars are the blog's alone).
    const expected = { es: { unreviewed: 5, missing: 6 }, pt: { draft: 1, unreviewed: 5, missing: 6 }, uk: { draft: 1, unreviewed: 8, missing: 5 } };
    for (const [lang, counts] of Object.entries(expected)) {
      await expect(review.dashboard.locator(`.review-bar-row[data-lang="${lang}"] .review-legend-item`)).toHaveCount(Object.keys(counts).length);
      for (const [status, count] of Object.entries(counts)) await expect(review.legend(lang, status).locator('.review-legend-count')).toHaveText(String(count));
    }
    await expect(review.dashboard.getByRole('img', { name: 'uk: 8 unreviewed, 1 draft, 5 missing of 14' })).toBeVisible();
    await expect(review.total).toHaveText('15 articles');
    await expect(review.inconsistentChip).toHaveText('⚠ 4 inconsistent');
    await expect(review.cell(ETF_ES.id, 'es')).toHaveAttribute('aria-label', 'es: unreviewed; inconsistent: field:sentiment');
    await review.screenshots('review-dashboard');

    // A legend entry filters the matrix: the groups lacking uk.
    await review.legend('uk', 'missing').click();
    await expect(review.total).toHaveText('5 articles');
    await expect(review.grid.locator('[role="gridcell"][data-lang="uk"][data-status="missing"]')).toHaveCount(5);
    await review.dashboard.getByRole('button', { name: 'Clear filters' }).click();
    // Four inconsistent files, in four groups: gpu-lease-rates-soften.pt.md is placed in its group by its file name.
    await review.statusFilter.selectOption('inconsistent');
    await expect(review.total).toHaveText('4 articles');
    await review.statusFilter.selectOption('');

    // Arrows move the active cell, Enter opens it: the newest group's first language.
    await review.textFilter.fill(NORWEGIAN.id);
    await expect(review.total).toHaveText('1 article');
    await review.grid.focus();
    // Focus lands on the first language (es); one step right is pt.
    await page.keyboard.press('ArrowRight');
    await expect(review.cell(NORWEGIAN.id, 'pt')).toHaveClass(/review-cell--active/);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect(pair.target.root).toHaveAttribute('data-path', NORWEGIAN.uk);
    await expect(review.badge).toHaveText(/Unreviewed/);
  });

  test('the cursor in one pane highlights the aligned block in the other; a dropped paragraph shows as missing after saving', async ({ page }) => {
    await review.open();
    await review.openCell(NORWEGIAN.id, 'uk');
    await expect(pair.source.root).toHaveAttribute('data-path', NORWEGIAN.en);
    await expect(review.strip.getByTestId('alignment-summary')).toHaveText('13 blocks paired');

    await review.clickLine('source', 'The facility runs on hydroelectric power');
    const counterpart = review.marked('target', 'cm-review-counterpart');
    await expect(counterpart).toHaveCount(1);
    await expect(counterpart).toContainText('Об\'єкт живиться від гідроелектростанції');
    await review.clickLine('target', 'Fjordline — одна з багатьох');
    await expect(review.marked('source', 'cm-review-counterpart')).toContainText('Fjordline is one of many miners');
    await expect(review.marked('target', 'cm-review-counterpart')).toHaveCount(0);

    // Drop the quote from the translation and save: the original's quote now has no counterpart.
    await review.clickLine('target', '«Найскладніше');
    // Home/End stop at each wrap point of a long line: press until the line's ends, then take its two line breaks too.
    for (let i = 0; i < 6; i++) await page.keyboard.press('Home');
    for (let i = 0; i < 6; i++) await page.keyboard.press('Shift+End');
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Delete');
    await page.keyboard.press('ControlOrMeta+S');
    await expect(pair.target.dirtyMark).toHaveCount(0);
    await expect(review.strip.getByTestId('alignment-summary')).toHaveText('12 blocks paired · 1 without translation (−)');
    const unmatched = review.marked('source', 'cm-review-unmatched');
    await expect(unmatched).toHaveCount(1);
    await expect(unmatched).toContainText('The hard part of a data center');
    await expect(pair.source.root.locator('.cm-review-marker--missing')).toHaveAttribute('title', 'No counterpart in the translation');
    await review.hideForms();
    await review.clickLine('source', 'The facility runs on hydroelectric power');
    await expect(review.marked('target', 'cm-review-counterpart')).toContainText('Об\'єкт живиться від гідроелектростанції');
    await review.screenshots('review-pair-alignment');

    // Sync scroll keeps the panes level: scrolling the original to its end scrolls the translation too.
    await review.syncScroll.check();
    const scroller = (side: 'source' | 'target') => page.locator(`.editor-pane[data-side="${side}"] .cm-scroller`);
    await scroller('source').evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
    await expect.poll(() => scroller('target').evaluate((element) => element.scrollTop)).toBeGreaterThan(100);
    await review.syncScroll.uncheck();
  });

  test('approving writes only review lines; edited originals make translations outdated, walked with "next outdated"', async ({ page }) => {
    await review.open();
    await review.openCell(NORWEGIAN.id, 'uk');
    await expect(review.badge).toHaveText(/Unreviewed/);
    const before = await disk(NORWEGIAN.uk);
    await pair.target.content.click();
    await page.keyboard.press('ControlOrMeta+Alt+A');
    await expect(review.badge).toHaveText(/Approved/);
    await expect(review.message).toContainText('Approved');
    const added = addedLines(before, await disk(NORWEGIAN.uk));
    expect(added.slice(0, 5)).toEqual([
      'review:',
      '  status: approved',
      expect.stringMatching(/^ {2}sourceHash: '?sha256:[0-9a-f]{64}'?$/),
      expect.stringMatching(/^ {2}at: '?\d{4}-\d\d-\d\dT[\d:.]+Z'?$/),
      '  blocks:',
    ]);
    // One 16-hex-digit hash per block of the original: 4 headings, 5 paragraphs, an image line, 3 list items.
    expect(added.slice(5)).toHaveLength(13);
    for (const line of added.slice(5)) expect(line).toMatch(/^ {4}- '?[0-9a-f]{16}'?$/);
    // The pane took the written file: nothing to save.
    await expect(pair.target.dirtyMark).toHaveCount(0);

    // The second uk translation, approved with the button.
    await review.openCell(TEXAS.id, 'uk');
    await expect(pair.target.root).toHaveAttribute('data-path', TEXAS.uk);
    await review.approve.click();
    await expect(review.badge).toHaveText(/Approved/);
    await expect(review.legend('uk', 'approved').locator('.review-legend-count')).toHaveCount(0); // bars step aside beside the pair
    await pair.root.getByRole('button', { name: 'Close article' }).click();
    await expect(review.legend('uk', 'approved').locator('.review-legend-count')).toHaveText('2');

    // Both originals change on disk (one paragraph each).
    for (const [file, from, to] of [
      [NORWEGIAN.en, 'seeking steadier income', 'seeking steadier, more predictable income'],
      [TEXAS.en, 'demand response', 'demand-response'],
    ] as const) {
      const text = await disk(file);
      expect(text).toContain(from);
      await writeFile(path.join(server.workspace, file), text.replace(from, to));
    }
    await expect(review.legend('uk', 'outdated').locator('.review-legend-count')).toHaveText('2', { timeout: 15_000 });
    await expect(review.legend('uk', 'approved')).toHaveCount(0);

    await review.openCell(NORWEGIAN.id, 'uk');
    await expect(review.badge).toHaveText(/Outdated/);
    await expect(review.changes).toHaveAttribute('data-mode', 'blocks');
    await expect(review.changes).toContainText('1 block of the original changed since approval');
    // The changed paragraph is the last one: "Show the first" scrolls the original to it.
    await review.hideForms();
    await review.changes.getByRole('button', { name: 'Show the first' }).click();
    const changed = review.marked('source', 'cm-review-changed');
    await expect(changed).toHaveCount(1);
    await expect(changed).toContainText('seeking steadier, more predictable income');
    await expect(changed).toBeInViewport();
    await review.screenshots('review-outdated-blocks');

    // The queue: the other outdated translation, approve it, back to the first, approve, done.
    await review.nextOutdated.click();
    await expect(pair.target.root).toHaveAttribute('data-path', TEXAS.uk);
    await expect(review.badge).toHaveText(/Outdated/);
    await pair.target.content.click();
    await page.keyboard.press('ControlOrMeta+Alt+A');
    await expect(review.badge).toHaveText(/Approved/);
    await page.keyboard.press('ControlOrMeta+Alt+O');
    await expect(pair.target.root).toHaveAttribute('data-path', NORWEGIAN.uk);
    await review.approve.click();
    await expect(review.badge).toHaveText(/Approved/);
    await review.nextOutdated.click();
    await expect(review.message).toHaveText('No other outdated translation.');
    await expect(pair.target.root).toHaveAttribute('data-path', NORWEGIAN.uk);
  });

  test('create a translation from the language switcher and from a missing cell, never over a file', async () => {
    await pair.open(HASHPRICE.en, 'hashprice');
    await pair.languages.getByRole('button', { name: 'Create uk translation' }).click();
    await expect(review.createDialog).toContainText(HASHPRICE.uk);
    await review.createDialog.getByRole('button', { name: 'Create translation' }).click();
    await expect(review.createDialog).toBeHidden();
    await expect(pair.target.root).toHaveAttribute('data-path', HASHPRICE.uk);
    await expect(review.badge).toHaveText(/Draft/);
    const created = await disk(HASHPRICE.uk);
    expect(created).toMatch(/^lang: uk$/m);
    expect(created).toMatch(/^draft: true$/m);
    expect(created).toMatch(/^ {2}translatedFrom: '?57432208'?$/m);
    await expect(pair.languages.locator('button[data-lang="uk"]')).toHaveAttribute('aria-pressed', 'true');

    await review.open();
    await review.textFilter.fill(COUNTY.id);
    await expect(review.cell(COUNTY.id, 'es')).toHaveAttribute('data-status', 'missing');
    await review.cell(COUNTY.id, 'es').click();
    await expect(review.createDialog).toContainText(COUNTY.es);
    await review.createDialog.getByRole('button', { name: 'Create translation' }).click();
    await expect(pair.target.root).toHaveAttribute('data-path', COUNTY.es);
    expect(await disk(COUNTY.es)).toMatch(/^lang: es$/m);
    await expect(review.cell(COUNTY.id, 'es')).toHaveAttribute('data-status', 'draft');
  });

  test('a consistency check is fixed with one click, changing only its line', async () => {
    await review.open();
    await review.openCell(ETF_ES.id, 'es');
    const check = review.strip.locator('.review-check[data-check="field:sentiment"]');
    await expect(check).toContainText('sentiment');
    const before = await disk(ETF_ES.es);
    await check.getByRole('button', { name: 'Fix field:sentiment' }).click();
    await expect(check).toHaveCount(0);
    await expect(review.message).toHaveText('Fixed field:sentiment.');
    const after = await disk(ETF_ES.es);
    expect(after).toBe(before.replace('sentiment: NEGATIVO', 'sentiment: NEGATIVE'));
    await pair.target.openForm();
    await expect(pair.target.field('Sentiment')).toHaveValue('NEGATIVE');
  });
});

test.describe('approval means reviewed, notes', () => {
  test.describe.configure({ mode: 'serial' });
  let server: CopydeskServer;
  let pair: PairPage;
  let review: ReviewPage;
  let errors: string[];
  const disk = (rel: string): Promise<string> => readFile(path.join(server.workspace, rel), 'utf8');

  test.beforeAll(async () => {
    server = await startServer();
  });
  test.afterAll(async () => {
    await server?.stop();
  });
  test.beforeEach(async ({ page }) => {
    // The refused approval is a 409 answer the strip shows, not a failure.
    errors = watchPageErrors(page, { expected: (message) => message.text().includes('status of 409') && message.location().url.includes('/api/review.approve') });
    await stubRemoteImages(page);
    pair = new PairPage(page);
    review = new ReviewPage(page);
    await page.goto(server.url);
    await new LibraryPage(page).waitForIndex();
  });
  test.afterEach(() => {
    expect(errors).toEqual([]);
  });

  test('approve is refused while a paragraph is still in English; approve anyway asks for a note, kept in the file', async () => {
    // The Spanish translation's last paragraph replaced by the original's, untranslated.
    const english = (await disk(NORWEGIAN.en)).trimEnd().split('\n').pop() ?? '';
    expect(english).toContain('Fjordline is one of many miners');
    const lines = (await disk(NORWEGIAN_ES)).trimEnd().split('\n');
    lines[lines.length - 1] = english;
    await writeFile(path.join(server.workspace, NORWEGIAN_ES), `${lines.join('\n')}\n`);

    await review.open();
    await review.openCell(NORWEGIAN.id, 'es');
    await expect(review.badge).toHaveText(/Unreviewed/);
    await expect(review.check('untranslated:block')).toContainText('is still in English. Translate it.');
    await expect(review.blockers).toContainText('untranslated:block');
    const before = await disk(NORWEGIAN_ES);
    await review.approve.click();
    await expect(review.message).toContainText('was not approved: untranslated:block');
    await expect(review.badge).toHaveText(/Unreviewed/);
    expect(await disk(NORWEGIAN_ES)).toBe(before);
    await review.hideForms();
    await review.check('untranslated:block').getByRole('button', { name: /^line \d+$/ }).click();
    await expect(review.page.locator('.editor-pane[data-side="target"] .cm-line', { hasText: 'Fjordline is one of many miners' })).toBeInViewport();
    await review.screenshots('check-untranslated-block', CHECK_SHOTS);

    await review.approveAnyway.click();
    const submit = review.noteForm.getByRole('button', { name: 'Approve anyway' });
    await expect(review.noteInput).toBeFocused();
    await expect(submit).toBeDisabled();
    await review.noteInput.fill('The closing paragraph quotes the English press release on purpose.');
    await review.screenshots('approve-anyway-note', CHECK_SHOTS);
    await submit.click();
    await expect(review.badge).toHaveText(/Approved/);
    await expect(review.note).toHaveText("Reviewer's note: The closing paragraph quotes the English press release on purpose.");
    expect(await disk(NORWEGIAN_ES)).toMatch(/^ {2}note: '?The closing paragraph quotes the English press release on purpose\.'?$/m);
  });

  test('needs work asks for a note, shown in the strip, the matrix and the queue', async ({ page }) => {
    await review.open();
    await review.openCell(TEXAS.id, 'es');
    await expect(review.badge).toHaveText(/Unreviewed/);
    await review.needsWork.click();
    await expect(review.noteInput).toBeFocused();
    const submit = review.noteForm.getByRole('button', { name: 'Mark needs work' });
    await expect(submit).toBeDisabled();
    // Escape closes the form without writing; the shortcut opens it again.
    await page.keyboard.press('Escape');
    await expect(review.noteForm).toHaveCount(0);
    await pair.target.content.click();
    await page.keyboard.press('ControlOrMeta+Alt+W');
    await review.noteInput.fill('Paragraph 2 calls ERCOT "la red"; use its name.');
    await submit.click();
    await expect(review.badge).toHaveText(/Needs work/);
    await expect(review.note).toContainText('Paragraph 2 calls ERCOT "la red"; use its name.');
    expect(await disk(TEXAS_ES)).toMatch(/^ {2}note: .*Paragraph 2 calls ERCOT/m);
    await review.screenshots('needs-work-note', CHECK_SHOTS);

    // The queue walks to it from another translation, note and all.
    await review.openCell(NORWEGIAN.id, 'uk');
    await review.strip.getByRole('button', { name: 'Next needs work →' }).click();
    await expect(pair.target.root).toHaveAttribute('data-path', TEXAS_ES);
    await expect(review.note).toContainText('use its name');

    await pair.root.getByRole('button', { name: 'Close article' }).click();
    await review.textFilter.fill(TEXAS.id);
    const cell = review.cell(TEXAS.id, 'es');
    await expect(cell).toHaveAttribute('aria-label', 'es: needs work; note: Paragraph 2 calls ERCOT "la red"; use its name.');
    await expect(cell).toHaveAttribute('title', `${TEXAS_ES}\nNote: Paragraph 2 calls ERCOT "la red"; use its name.`);
  });
});

test.describe('the machine-translation checks in the pair view', () => {
  test.describe.configure({ mode: 'serial' });
  let corpus: string;
  let server: CopydeskServer;
  const fixtures = path.resolve(__dirname, '../../src/main/core/review/__fixtures__');

  test.beforeAll(async () => {
    // The sample corpus plus the runaway translation and a pair with a changed figure and an impossible date.
    corpus = await mkdtemp(path.join(tmpdir(), 'copydesk-checks-corpus-'));
    await cp(SAMPLE_CORPUS, corpus, { recursive: true });
    await mkdir(path.join(corpus, 'src/content/blog/2026/03'), { recursive: true });
    for (const name of ['runaway.en.md', 'runaway.uk.md']) await copyFile(path.join(fixtures, name), path.join(corpus, 'src/content/blog/2026/03', name));
    const texas = await readFile(path.join(corpus, TEXAS.uk), 'utf8');
    expect(texas).toContain('1,1 гігавата');
    await writeFile(path.join(corpus, TEXAS.uk), texas.replace('1,1 гігавата', '1,4 гігавата').replace(/^publishedAt: .*$/m, "publishedAt: '2025-11-31T08:00:00.000Z'"));
    server = await startServer(corpus);
  });
  test.afterAll(async () => {
    await server?.stop();
    await rm(corpus, { recursive: true, force: true });
  });

  test('length, repetition, numbers (fixed with one click) and an impossible date, each with its line', async ({ page }) => {
    const errors = watchPageErrors(page);
    await stubRemoteImages(page);
    const review = new ReviewPage(page);
    const pair = new PairPage(page);
    await page.goto(server.url);
    await new LibraryPage(page).waitForIndex();
    await review.open();

    await review.openCell('57700001', 'uk');
    await expect(review.check('length')).toContainText("The body is 29× the original's length");
    await expect(review.check('repetition', 21)).toContainText('"ведення" repeats 8,101 times in a row at line 21');
    await expect(review.blockers).toContainText('length:');
    await expect(review.blockers).toContainText('repetition:');
    await review.hideForms();
    await review.screenshots('check-length-repetition', CHECK_SHOTS);

    await review.openCell(TEXAS.id, 'uk');
    const numbers = review.check('numbers');
    await expect(numbers).toContainText('this block');
    await expect(numbers).toContainText('The original says "1.1"; this block');
    await expect(numbers).toContainText('says "1,4" instead. Copy the original\'s figure (1,1).');
    await expect(review.check('date')).toContainText('2025-11-31');
    await expect(review.check('date')).toContainText('November 2025 has no day 31. JavaScript, and so the site, would silently read it as 1 December 2025.');
    await review.screenshots('check-numbers-date', CHECK_SHOTS);
    const before = await readFile(path.join(server.workspace, TEXAS.uk), 'utf8');
    await numbers.getByRole('button', { name: /^Fix numbers at line \d+$/ }).click();
    await expect(review.check('numbers')).toHaveCount(0);
    expect(await readFile(path.join(server.workspace, TEXAS.uk), 'utf8')).toBe(before.replace('1,4 гігавата', '1,1 гігавата'));
    await expect(pair.target.dirtyMark).toHaveCount(0);
    expect(errors).toEqual([]);
  });
});

test.describe('what changed, from git history', () => {
  test.describe.configure({ mode: 'serial' });
  let server: CopydeskServer;
  let errors: string[];

  test.beforeAll(async () => {
    server = await startServer();
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=e2e', '-c', 'user.email=e2e@example.com', ...args], { cwd: server.workspace });
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'sample corpus');
    // Approve through the same handler the button calls (once indexing has found the group), then change the original after the commit.
    const approve = async (): Promise<boolean> => {
      const response = await fetch(`${server.origin}/api/review.approve`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ path: NORWEGIAN.uk }),
      });
      return ((await response.json()) as { ok: boolean }).ok;
    };
    await expect.poll(approve, { timeout: 20_000 }).toBe(true);
    const file = path.join(server.workspace, NORWEGIAN.en);
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('two potential tenants', 'three potential tenants').replace('## The wider trend', '## The wider trend in mining'));
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  test('an outdated translation shows the approved original beside the current one in a merge view', async ({ page }) => {
    errors = watchPageErrors(page);
    await stubRemoteImages(page);
    const lib = new LibraryPage(page);
    const review = new ReviewPage(page);
    await page.goto(server.url);
    await lib.waitForIndex();
    await review.open();
    await review.openCell(NORWEGIAN.id, 'uk');
    await expect(review.badge).toHaveText(/Outdated/, { timeout: 15_000 });
    await expect(review.changes).toHaveAttribute('data-mode', 'git');
    await review.changes.getByRole('button', { name: 'What changed…' }).click();
    const dialog = page.getByRole('dialog', { name: 'What changed in the original since approval' });
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('.cm-mergeView .cm-changedText').first()).toBeVisible();
    await expect(dialog.locator('.cm-merge-b')).toContainText('three potential tenants');
    await expect(dialog.locator('.cm-merge-a')).toContainText('two potential tenants');
    await review.screenshots('review-outdated-git');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    expect(errors).toEqual([]);
  });
});
