import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect } from '@playwright/test';
import type { PairPage } from './pair-page';
import { changedLines } from '../fixtures/changed-lines';

/**
 * Editing flows over the sample corpus, written once for every shell. Each
 * flow edits its own article, so they can share one served copy. Expected
 * values are the corpus's own bytes, read with node fs.
 */

export const STABLECOIN = 'src/content/blog/2025/11/stablecoin-supply-record-high.en.md';
export const STABLECOIN_ES = 'src/content/blog/2025/11/stablecoin-supply-record-high.es.md';
export const EU_DEADLINE = 'src/content/blog/2025/12/eu-crypto-transition-deadline.en.md';
export const GPU_LEASE = 'src/content/blog/2025/12/gpu-lease-rates-soften.en.md';
export const ETH_EXIT = 'src/content/blog/2026/01/ethereum-validator-exit-queue-clears.en.md';
export const ETH_EXIT_PT = 'src/content/blog/2026/01/ethereum-validator-exit-queue-clears.pt.md';
export const HASHPRICE = 'src/content/blog/2025/12/hashprice-slump-year-end.en.md';
export const COUNTY = 'src/content/blog/2026/01/county-pauses-data-center-grid-connections.en.md';

/** Lines of `after` that differ from `before` (same line count expected), as `n: text`. */
const changedAfter = (before: string, after: string): string[] => changedLines(before, after).map((change) => `${change.line}: ${change.after}`);

/** Form → YAML: the title typed in the form appears in the title line; one undo takes it back. */
export async function formEditsYaml(pair: PairPage): Promise<void> {
  await pair.open(STABLECOIN, 'stablecoin supply record');
  const pane = pair.source;
  await pane.waitForEditor();
  await expect(pane.line('title:')).toHaveText("title: 'Stablecoin supply reaches a record as trading desks park cash on-chain'");

  await pane.field('Title').fill("Stablecoin supply hits a record: desks' cash moves on-chain");
  await expect(pane.line('title:')).toHaveText("title: 'Stablecoin supply hits a record: desks'' cash moves on-chain'");
  await expect(pane.dirtyMark).toBeVisible();

  await pane.field('Sentiment').selectOption('NEUTRAL');
  await expect(pane.line('sentiment:')).toHaveText('sentiment: NEUTRAL');
  await pane.field('Draft').check();
  await expect(pane.line('draft:')).toHaveText('draft: true');

  // Each form change is one undo step in the editor.
  await pane.content.click();
  await pair.page.keyboard.press('ControlOrMeta+Z');
  await expect(pane.line('draft:')).toHaveText('draft: false');
  await expect(pane.line('sentiment:')).toHaveText('sentiment: NEUTRAL');
  await pair.page.keyboard.press('ControlOrMeta+Z');
  await expect(pane.line('sentiment:')).toHaveText('sentiment: POSITIVE');
  await pair.page.keyboard.press('ControlOrMeta+Z');
  await expect(pane.line('title:')).toHaveText("title: 'Stablecoin supply reaches a record as trading desks park cash on-chain'");
  await expect(pane.field('Title')).toHaveValue('Stablecoin supply reaches a record as trading desks park cash on-chain');
  await expect(pane.dirtyMark).toBeHidden();
}

/** YAML → form: typing in the frontmatter updates the form; broken YAML shows the error with its line and waits. */
export async function yamlEditsForm(pair: PairPage): Promise<void> {
  await pair.open(EU_DEADLINE, 'regulators remind');
  const pane = pair.source;
  await pane.waitForEditor();
  await pane.caretAtEndOf('title:', true);
  await pair.page.keyboard.type(' soon');
  await expect(pane.field('Title')).toHaveValue('European regulators remind crypto firms that transition periods are running out soon');

  await pane.caretAtEndOf('category:');
  await pair.page.keyboard.type('_X');
  await expect(pane.field('Category')).toHaveValue('REGULATION_X');

  // Break the quoting: the form keeps the last good values, names the line, and its controls wait.
  await pane.caretAtEndOf('title:');
  await pair.page.keyboard.press('Backspace');
  const error = pane.form.getByRole('alert');
  await expect(error).toContainText('line 2');
  await expect(pane.field('Title')).toHaveValue('European regulators remind crypto firms that transition periods are running out soon');
  await expect(pane.field('Title')).toBeDisabled();
  await expect(pane.root.locator('.cm-lintRange-error').first()).toBeVisible();
  // "Go to line" puts the caret on the broken line; put the closing quote back.
  await error.getByRole('button', { name: 'Go to line 2' }).click();
  await expect(pane.content).toBeFocused();
  for (let i = 0; i < 3; i++) await pair.page.keyboard.press('End');
  await pair.page.keyboard.type("'");
  await expect(error).toBeHidden();
  await expect(pane.field('Title')).toBeEnabled();
}

/** Save writes exactly the edited line (updatedAt untouched when the setting is off). */
export async function saveWritesOneLine(pair: PairPage, workspace: string): Promise<void> {
  const file = path.join(workspace, GPU_LEASE);
  const before = await readFile(file, 'utf8');
  await pair.open(GPU_LEASE, 'gpu lease');
  const pane = pair.source;
  await pane.waitForEditor();
  await pair.touchUpdatedAt.uncheck();

  await pane.field('Title').fill('GPU lease rates soften as new capacity arrives');
  await pair.page.keyboard.press('ControlOrMeta+S');
  await expect(pane.dirtyMark).toBeHidden();
  await expect(pane.root.locator('.editor-pane-state')).toHaveText('Saved');
  const after = await readFile(file, 'utf8');
  expect(changedAfter(before, after)).toEqual(["2: title: 'GPU lease rates soften as new capacity arrives'"]);

  // Our own save comes back through the watcher: recognised, no banner.
  await pair.page.waitForTimeout(1500);
  await expect(pane.banner).toHaveCount(0);
  await pair.touchUpdatedAt.check();
}

/** With "update updatedAt on save", the server touches updatedAt and the editor adopts it, staying clean. */
export async function saveTouchesUpdatedAt(pair: PairPage, workspace: string): Promise<void> {
  const file = path.join(workspace, ETH_EXIT);
  const before = await readFile(file, 'utf8');
  await pair.open(ETH_EXIT, 'validator exit queue');
  const pane = pair.source;
  await pane.waitForEditor();
  await expect(pair.touchUpdatedAt).toBeChecked();
  await pane.field('Category').fill('ETHEREUM');
  await pane.saveButton.click();
  await expect(pane.dirtyMark).toBeHidden();
  const after = await readFile(file, 'utf8');
  const changed = changedAfter(before, after);
  expect(changed).toHaveLength(2);
  expect(changed[0]).toMatch(/^5: updatedAt: '\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z'$/);
  expect(changed[1]).toMatch(/: category: ETHEREUM$/);
  // The editor shows what was written.
  await expect(pane.line('updatedAt:')).toHaveText(changed[0]?.replace(/^5: /, '') ?? '');
}

/** An invalid date is refused: the file keeps its bytes, the errors list jumps to the line, the field and the text are marked. */
export async function invalidDateBlocksSave(pair: PairPage, workspace: string): Promise<void> {
  const file = path.join(workspace, HASHPRICE);
  const before = await readFile(file, 'utf8');
  await pair.open(HASHPRICE, 'hashprice');
  const pane = pair.source;
  await pane.waitForEditor();
  await pane.retypeLine('publishedAt:', "publishedAt: '2025-13-45T10:00:00.000Z'");
  await expect(pane.form.locator('.field-row--invalid', { hasText: 'Published' })).toBeVisible();
  await pair.page.keyboard.press('ControlOrMeta+S');
  await expect(pane.saveErrors).toBeVisible();
  // In the form's words, under the field's label: the sample site's schema has no titles, so the key or its words.
  await expect(pane.saveErrors).toContainText(/(publishedAt|Published at): not a real calendar date/);
  expect(await readFile(file, 'utf8')).toBe(before);
  await expect(pane.dirtyMark).toBeVisible();
  await expect(pane.root.locator('.cm-lintRange-error').first()).toBeVisible();
  const jump = pane.saveErrors.getByRole('button', { name: /^Line \d+$/ }).first();
  await jump.click();
  await expect(pane.content).toBeFocused();
}

/** Dirty pane + edit on disk: a banner (reload / keep mine / compare); compare shows a merge view; a clean pane follows the disk silently. */
export async function externalEditWhileDirty(pair: PairPage, workspace: string): Promise<void> {
  const file = path.join(workspace, COUNTY);
  await pair.open(COUNTY, 'county pauses');
  const pane = pair.source;
  await pane.waitForEditor();
  await pane.field('Category').fill('ENERGY');
  await expect(pane.dirtyMark).toBeVisible();

  const disk = await readFile(file, 'utf8');
  await writeFile(file, disk.replace('Local officials approved', 'County officials approved'));
  await expect(pane.banner).toHaveAttribute('data-notice', 'external');
  await expect(pane.banner).toContainText('changed on disk');

  await pane.banner.getByRole('button', { name: 'Compare' }).click();
  const compare = pair.page.getByRole('dialog', { name: 'Compare with the file on disk' });
  await expect(compare).toBeVisible();
  await expect(compare.locator('.cm-mergeView')).toBeVisible();
  await expect(compare.locator('.cm-changedLine').first()).toBeVisible();
  await compare.getByRole('button', { name: 'Cancel' }).click();
  await expect(compare).toBeHidden();

  await pane.banner.getByRole('button', { name: 'Reload' }).click();
  await expect(pane.banner).toHaveCount(0);
  await expect(pane.field('Category')).not.toHaveValue('ENERGY');
  await expect(pane.dirtyMark).toBeHidden();
  await expect(pane.content).toContainText('County officials approved');

  // Clean now: the next external edit is taken over silently.
  await writeFile(file, (await readFile(file, 'utf8')).replace('County officials approved', 'The county board approved'));
  await expect(pane.content).toContainText('The county board approved');
  await expect(pane.banner).toHaveCount(0);
}

/** A file deleted on disk shows as deleted and can be saved again. */
export async function deletedFileCanBeSavedAgain(pair: PairPage, workspace: string): Promise<void> {
  const file = path.join(workspace, STABLECOIN_ES);
  const bytes = await readFile(file, 'utf8');
  await pair.open(STABLECOIN_ES, 'stablecoin-supply-record-high.es');
  const pane = pair.target;
  await pane.waitForEditor();
  await rm(file);
  await expect(pane.banner).toHaveAttribute('data-notice', 'deleted');
  await expect(pane.dirtyMark).toBeVisible();
  await pane.banner.getByRole('button', { name: 'Save again' }).click();
  await expect(pane.banner).toHaveCount(0);
  await expect(pane.dirtyMark).toBeHidden();
  // Written again as it was, but for the touched updatedAt.
  const changed = changedAfter(bytes, await readFile(file, 'utf8'));
  expect(changed).toHaveLength(1);
  expect(changed[0]).toMatch(/^\d+: updatedAt: /);
}

/** Saving over a file that changed on disk is refused (nothing overwritten) until the user picks Overwrite. */
export async function saveConflictThenOverwrite(pair: PairPage, workspace: string): Promise<void> {
  const file = path.join(workspace, ETH_EXIT_PT);
  await pair.open(ETH_EXIT_PT, 'exit-queue-clears.pt');
  const pane = pair.target;
  await pane.waitForEditor();
  await pane.field('Category').fill('STAKING');
  const theirs = (await readFile(file, 'utf8')).replace(/^score: .*$/m, 'score: 99');
  await writeFile(file, theirs);
  await expect(pane.banner).toHaveAttribute('data-notice', 'external');

  await pair.page.keyboard.press('ControlOrMeta+S');
  await expect(pane.banner).toHaveAttribute('data-notice', 'conflict');
  await expect(pane.banner).toContainText('Nothing was overwritten');
  expect(await readFile(file, 'utf8')).toBe(theirs);

  await pane.banner.getByRole('button', { name: 'Overwrite' }).click();
  await expect(pane.banner).toHaveCount(0);
  await expect(pane.dirtyMark).toBeHidden();
  const written = await readFile(file, 'utf8');
  expect(written).toContain('category: STAKING');
  expect(written).not.toContain('score: 99');
}
