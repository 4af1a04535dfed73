import { expect } from '@playwright/test';
import type { LibraryPage } from './library-page';

/**
 * User flows over the sample site (resources/sample-site), written once
 * for every shell. Expected values come from the corpus itself (see its
 * resources/SAMPLE-SITE.md), not from the code under test.
 */

export const NO_FRONTMATTER = 'src/content/blog/2025/12/gpu-lease-rates-soften.pt.md';
export const BROKEN_YAML = 'src/content/blog/2026/02/stablecoin-payroll-pilot.uk.md';
export const BAD_SENTIMENT = 'src/content/blog/2026/01/bitcoin-etf-outflows-third-week.es.md';
export const ORPHAN = 'src/content/blog/2026/02/lightning-merchant-fees-survey.pt.md';

/** Free text finds the one article about immersion cooling and highlights the match. */
export async function searchFreeText(lib: LibraryPage): Promise<void> {
  await lib.query('immersion');
  await expect(lib.rows).toHaveCount(1);
  await expect(lib.rows.first()).toContainText('immersion cooling retrofits');
  await expect(lib.rows.first().locator('mark').first()).toHaveText(/immersion/i);
  await lib.query('');
}

/** A Language facet adds `lang:uk` to the query; every row is then Ukrainian; clicking again removes it. */
export async function filterLanguageByFacet(lib: LibraryPage): Promise<void> {
  const total = await lib.shownCount();
  const uk = lib.facet('Language', 'uk');
  const expected = await facetCount(lib, 'Language', 'uk');
  await uk.click();
  await expect(lib.search).toHaveValue('lang:uk');
  await lib.settle();
  await expect(uk).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => lib.shownCount()).toBe(expected);
  expect(new Set(await lib.visibleLangs())).toEqual(new Set(['uk']));
  await uk.click();
  await expect(lib.search).toHaveValue('');
  await expect.poll(() => lib.shownCount()).toBe(total);
}

/** Typing `lang:es` in the box filters just like the facet, and the facet shows as active. */
export async function filterLanguageByQuery(lib: LibraryPage): Promise<void> {
  await lib.query('lang:es');
  await expect(lib.facet('Language', 'es')).toHaveAttribute('aria-pressed', 'true');
  expect(new Set(await lib.visibleLangs())).toEqual(new Set(['es']));
  await lib.query('');
}

/** The count a facet button advertises, from its label `VALUE (N)`. */
async function facetCount(lib: LibraryPage, group: string, value: string): Promise<number> {
  const label = (await lib.facet(group, value).getAttribute('aria-label')) ?? '';
  return Number(/\((\d+)\)$/.exec(label)?.[1]);
}

/** A Tag facet and the `tag:` query term select the same rows, as many as the facet advertised. */
export async function filterByTag(lib: LibraryPage): Promise<void> {
  const total = await lib.shownCount();
  const advertised = await facetCount(lib, 'Tag', 'STABLECOINS');
  expect(advertised).toBeGreaterThan(0);
  expect(advertised).toBeLessThan(total);

  const facet = lib.facet('Tag', 'STABLECOINS');
  await facet.click();
  await expect(lib.search).toHaveValue('tag:STABLECOINS');
  await expect.poll(() => lib.shownCount()).toBe(advertised);
  const viaFacet = await lib.visibleTitles();
  expect(viaFacet).toHaveLength(advertised);

  await lib.query('');
  await expect.poll(() => lib.shownCount()).toBe(total);
  await lib.query('tag:STABLECOINS');
  await expect(facet).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => lib.shownCount()).toBe(advertised);
  expect(await lib.visibleTitles()).toEqual(viaFacet);
  await lib.query('');
}

/** The problems view lists each broken file with its reason and line; clicking opens it. */
export async function reviewProblems(lib: LibraryPage): Promise<void> {
  await lib.openProblems();
  const noFrontmatter = lib.problem(NO_FRONTMATTER);
  await expect(noFrontmatter).toContainText('no-frontmatter');
  await expect(noFrontmatter.locator('.issue').first()).toContainText('line 1');
  const brokenYaml = lib.problem(BROKEN_YAML);
  await expect(brokenYaml).toContainText('yaml-syntax');
  await expect(brokenYaml.locator('.issue').first()).toContainText(/line 2\b/);
  await expect(lib.problem(BAD_SENTIMENT)).toContainText('sentiment');
  await expect(lib.problem(ORPHAN)).toBeVisible();

  // The broken translation opens beside its original; the form names the line, the editor marks it.
  await brokenYaml.locator('.problem-file').click();
  await expect(lib.pane).toBeVisible();
  const pane = lib.pane.locator(`.editor-pane[data-path="${BROKEN_YAML}"]`);
  await expect(pane).toContainText(BROKEN_YAML);
  // The summary line says the YAML is broken; the form opens from it. The YAML itself is not folded away.
  await expect(pane.locator('button.fm-summary')).toContainText('YAML error');
  await pane.locator('button.fm-summary').click();
  await expect(pane.getByRole('form', { name: 'Frontmatter' }).getByRole('alert')).toContainText('line 2');
  await expect(pane.locator('.cm-gutterElement .cm-lint-marker-error')).toHaveCount(1);
  await expect(pane.locator('.cm-lintRange-error').first()).toBeVisible();
}

/** Everything by keyboard: `/` focuses search, arrows move, Enter opens the editor, Esc (from the list) closes it, shortcuts toggle views. */
export async function navigateByKeyboard(lib: LibraryPage): Promise<void> {
  const { keyboard } = lib.page;
  await lib.page.locator('body').click({ position: { x: 5, y: 5 } });
  await keyboard.press('/');
  await expect(lib.search).toBeFocused();

  await keyboard.press('ArrowDown');
  await expect(lib.rows.nth(0)).toHaveAttribute('aria-selected', 'true');
  await keyboard.press('ArrowDown');
  await expect(lib.rows.nth(1)).toHaveAttribute('aria-selected', 'true');
  await lib.list.focus();
  await keyboard.press('End');
  const last = (await lib.shownCount()) - 1;
  await expect(lib.list.locator(`#article-row-${last}`)).toHaveAttribute('aria-selected', 'true');
  await keyboard.press('Home');
  await expect(lib.list.locator('#article-row-0')).toHaveAttribute('aria-selected', 'true');
  await keyboard.press('ArrowDown');

  const selected = await lib.selectedPath();
  expect(selected).toBeTruthy();
  await keyboard.press('Enter');
  await expect(lib.pane).toBeVisible();
  await expect(lib.pane).toContainText(selected ?? '');
  await keyboard.press('Escape');
  await expect(lib.pane).toBeHidden();

  await keyboard.press('ControlOrMeta+Shift+M');
  await expect(lib.problems).toBeVisible();
  await keyboard.press('ControlOrMeta+Shift+M');
  await expect(lib.problems).toBeHidden();

  await lib.list.focus();
  await keyboard.press('?');
  const dialog = lib.page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}
