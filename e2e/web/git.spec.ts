import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startServer } from '../fixtures/serve';
import type { CopydeskServer } from '../fixtures/serve';
import { stubRemoteImages } from '../fixtures/images';
import { watchPageErrors } from '../fixtures/page-errors';
import { GitPage } from '../pages/git-page';
import { LibraryPage } from '../pages/library-page';
import { PairPage } from '../pages/pair-page';
import { RetagPage } from '../pages/retag-page';

/*
 * Git in the app against `copydesk serve` on a temp copy of the sample
 * corpus made into a repository (committed, pushed to a bare `remote.git`
 * beside it). One flow, in order: save an article, see it in Changes,
 * compare it, commit exactly it, push; then a colleague pushes a change to
 * an open translation and the pull brings it into the open pane.
 */

const EN = 'src/content/blog/2026/01/norwegian-miner-converts-site-to-ai.en.md';
const UK = 'src/content/blog/2026/01/norwegian-miner-converts-site-to-ai.uk.md';
const COUNTY = 'src/content/blog/2026/01/county-pauses-data-center-grid-connections.en.md';
const NEW_TITLE = 'Norwegian miner turns its hydro site into an AI data center';

test.describe('git: changes, compare, commit, push, pull', () => {
  test.describe.configure({ mode: 'serial' });
  let server: CopydeskServer;
  let remote: string;
  const git = (cwd: string, ...args: string[]): string =>
    execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' } }).trimEnd();
  const identity = (cwd: string): void => {
    git(cwd, 'config', 'user.name', 'E2E Desk');
    git(cwd, 'config', 'user.email', 'desk@e2e.invalid');
    git(cwd, 'config', 'commit.gpgsign', 'false');
  };

  test.beforeAll(async () => {
    server = await startServer();
    const ws = server.workspace;
    remote = path.join(path.dirname(ws), 'remote.git');
    git(path.dirname(ws), 'init', '-q', '--bare', '-b', 'main', remote);
    git(ws, 'init', '-q', '-b', 'main');
    identity(ws);
    git(ws, 'add', '.');
    git(ws, 'commit', '-q', '-m', 'sample corpus');
    git(ws, 'remote', 'add', 'origin', remote);
    git(ws, 'push', '-q', '-u', 'origin', 'main');
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  test('a saved article shows in Changes, compares with the last commit, and is committed alone', async ({ page }) => {
    const errors = watchPageErrors(page);
    await stubRemoteImages(page);
    const lib = new LibraryPage(page);
    const pair = new PairPage(page);
    const gitUi = new GitPage(page);
    await page.goto(server.url);
    await lib.waitForIndex();
    await expect(gitUi.statusItem).toHaveText(/main/);

    // Someone edits another article outside Copydesk: it is changed, but not by the app.
    const county = path.join(server.workspace, COUNTY);
    await writeFile(county, (await readFile(county, 'utf8')).replace('mining farms', 'mining farms (updated)'));

    await pair.open(EN, 'norwegian miner');
    await pair.source.waitForEditor();
    await pair.source.field('Title').fill(NEW_TITLE);
    await page.keyboard.press('ControlOrMeta+S');
    await expect(pair.source.dirtyMark).toBeHidden();
    // Back to the list, then close the article (Esc twice), so Changes has the whole window.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect(lib.pane).toBeHidden();

    await gitUi.open();
    await expect(gitUi.row(EN)).toBeVisible();
    await expect(gitUi.row(COUNTY)).toBeVisible();
    await expect(gitUi.row(EN).locator('.change-by-app')).toHaveText('Edited here');
    await expect(gitUi.row(COUNTY).locator('.change-by-app')).toHaveCount(0);
    await expect(gitUi.tab).toContainText('2');
    await gitUi.screenshots('changes-panel');

    // Keyboard: the list has focus; move to the saved file and compare it with the last commit.
    await expect(gitUi.list).toBeFocused();
    const index = await gitUi.rows.evaluateAll((rows, p) => rows.findIndex((row) => row.getAttribute('data-path') === p), EN);
    for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(gitUi.compareDialog).toBeVisible();
    await expect(gitUi.compareDialog.locator('.cm-mergeView .cm-changedText').first()).toBeVisible();
    await expect(gitUi.compareDialog.locator('.cm-merge-a')).toContainText("title: 'Norwegian miner turns its hydro-powered site");
    await expect(gitUi.compareDialog.locator('.cm-merge-b')).toContainText(NEW_TITLE);
    await gitUi.screenshots('compare-with-last-commit');
    await page.keyboard.press('Escape');
    await expect(gitUi.compareDialog).toBeHidden();

    // Commit: the file saved here is ticked, the other is not; the message says what was done.
    await page.keyboard.press('ControlOrMeta+Alt+K');
    await expect(gitUi.commitDialog).toBeVisible();
    await expect(gitUi.tick(EN)).toBeChecked();
    await expect(gitUi.tick(COUNTY)).not.toBeChecked();
    await expect(gitUi.commitMessage).toHaveValue(`Edit ${NEW_TITLE}`);
    await expect(gitUi.commitMessage).toBeFocused();
    await expect(gitUi.commitDialog).toContainText('As E2E Desk <desk@e2e.invalid>');
    await gitUi.screenshots('commit-dialog');
    await page.keyboard.press('ControlOrMeta+Enter');
    await expect(gitUi.commitDialog).toBeHidden();
    await expect(gitUi.messageText).toHaveText(/Committed [0-9a-f]{7}: 1 file\./);

    expect(git(server.workspace, 'show', '--name-only', '--format=%s', 'HEAD').split('\n').filter(Boolean)).toEqual([`Edit ${NEW_TITLE}`, EN]);
    expect(git(server.workspace, 'status', '--porcelain')).toBe(` M ${COUNTY}`);
    await expect(gitUi.rows).toHaveCount(1);
    await expect(gitUi.statusItem).toContainText('↑1');

    // The library's Changed filter shows what differs from the commit, with its badge.
    await lib.articlesTab.click();
    await gitUi.changedFilter.click();
    await expect(lib.search).toHaveValue('changed:true');
    await expect(lib.rows).toHaveCount(1);
    await expect(lib.rows.first()).toHaveAttribute('data-path', COUNTY);
    await expect(lib.rows.first().locator('.pill--changed')).toHaveText('Changed');
    await lib.screenshot('git-changed-filter');

    // Push with the keyboard.
    await page.keyboard.press('ControlOrMeta+Alt+Shift+P');
    await gitUi.open();
    await expect(gitUi.messageText).toHaveText('Pushed 1 commit to origin/main.');
    expect(git(remote, 'log', '-1', '--format=%s', 'main')).toBe(`Edit ${NEW_TITLE}`);
    expect(errors).toEqual([]);
  });

  test('a pull is refused while an editor has unsaved changes, then brings a colleague\'s change into the open pane', async ({ page }) => {
    const errors = watchPageErrors(page, { expected: (m) => /409/.test(m.text()) });
    await stubRemoteImages(page);
    const lib = new LibraryPage(page);
    const pair = new PairPage(page);
    const gitUi = new GitPage(page);
    await page.goto(server.url);
    await lib.waitForIndex();

    // A colleague changes the uk translation and pushes.
    const colleague = path.join(path.dirname(server.workspace), 'colleague');
    git(path.dirname(server.workspace), 'clone', '-q', remote, colleague);
    identity(colleague);
    const uk = path.join(colleague, UK);
    await writeFile(uk, (await readFile(uk, 'utf8')).replace(/^title: .*$/m, "title: 'Колега змінив заголовок'"));
    git(colleague, 'commit', '-qam', 'colleague retitles the uk translation');
    git(colleague, 'push', '-q');

    await lib.query('lang:uk');
    await lib.list.locator(`[data-path="${UK}"]`).dblclick();
    await pair.target.waitForEditor();
    await expect(pair.source.root).toHaveAttribute('data-path', EN);
    await pair.source.waitForEditor();
    await pair.source.field('Title').fill(`${NEW_TITLE}, unsaved`);
    await expect(pair.source.dirtyMark).toBeVisible();

    await page.keyboard.press('ControlOrMeta+Alt+P');
    await gitUi.open();
    await expect(gitUi.message).toHaveAttribute('data-code', 'dirty-editor');
    await expect(gitUi.messageText).toContainText(`Save or discard your changes to ${EN}`);
    await gitUi.screenshots('pull-refused');

    await pair.source.field('Title').fill(NEW_TITLE);
    await page.keyboard.press('ControlOrMeta+S');
    await expect(pair.source.dirtyMark).toBeHidden();
    await page.keyboard.press('ControlOrMeta+Alt+P');
    await expect(gitUi.messageText).toHaveText('Pulled: 1 file changed here.');
    // The open translation pane follows the file on disk.
    await expect(pair.target.field('Title')).toHaveValue('Колега змінив заголовок');
    expect(git(server.workspace, 'rev-parse', 'HEAD')).toBe(git(colleague, 'rev-parse', 'HEAD'));
    expect(errors).toEqual([]);
  });

  test('the retag dialog commits exactly what the bulk edit wrote, leaving out a file with work in progress', async ({ page }) => {
    const errors = watchPageErrors(page);
    await stubRemoteImages(page);
    const lib = new LibraryPage(page);
    const retag = new RetagPage(page, lib);
    await page.goto(server.url);
    await lib.waitForIndex();
    const ws = server.workspace;
    const tagged = git(ws, 'grep', '-l', '-e', '^  - MINING$').split('\n').filter(Boolean).sort();
    expect(tagged.length).toBeGreaterThan(3);
    // An editor's draft in one of them, outside Copydesk: it must not be swept into the commit.
    const wip = tagged[0] ?? '';
    await writeFile(path.join(ws, wip), `${await readFile(path.join(ws, wip), 'utf8')}\nDraft paragraph.\n`);

    await lib.query('tag:MINING');
    await retag.selectAllMatching();
    await retag.startOperation('Rename tag');
    await retag.compose.getByLabel('Tag', { exact: true }).fill('MINING');
    await retag.compose.getByLabel('New name').fill('BITCOIN MINING');
    await retag.planPreview();
    await retag.preview.getByRole('checkbox', { name: 'Commit when applied' }).check();
    await retag.apply();
    await expect(retag.summary.getByTestId('retag-commit-note')).toHaveText(`Committed ${git(ws, 'rev-parse', '--short=7', 'HEAD')}: ${tagged.length - 1} files. Left out (they had other uncommitted changes): ${wip}.`);
    const [subject, ...files] = git(ws, 'show', '--name-only', '--format=%s', 'HEAD').split('\n').filter(Boolean);
    expect(subject).toBe(`Rename tag MINING → BITCOIN MINING in ${tagged.length} articles`);
    expect(files.sort()).toEqual(tagged.filter((file) => file !== wip));
    expect(git(ws, 'status', '--porcelain').split('\n')).toContain(` M ${wip}`);
    await retag.closeSummary();
    expect(errors).toEqual([]);
  });
});
