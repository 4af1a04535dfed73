import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import type { LibraryPage } from './library-page';

/**
 * Bulk retagging as a user drives it: tick boxes and the bulk bar in the
 * library, the plan → preview → apply → summary dialog, the bulk-edit list
 * (undo), and the taxonomy view. Every shell drives the same object.
 */
export class RetagPage {
  readonly bulkBar: Locator;
  readonly compose: Locator;
  readonly preview: Locator;
  readonly applying: Locator;
  readonly summary: Locator;
  readonly undone: Locator;
  readonly journals: Locator;
  readonly taxonomyTab: Locator;
  readonly taxonomy: Locator;

  constructor(
    readonly page: Page,
    readonly lib: LibraryPage,
  ) {
    this.bulkBar = page.getByRole('toolbar', { name: 'Bulk edit' });
    this.compose = page.getByTestId('retag-compose');
    this.preview = page.getByTestId('retag-preview');
    this.applying = page.getByTestId('retag-applying');
    this.summary = page.getByTestId('retag-summary');
    this.undone = page.getByTestId('retag-undone');
    this.journals = page.getByTestId('retag-journals');
    this.taxonomyTab = page.getByRole('tab', { name: /^Taxonomy/ });
    this.taxonomy = page.getByTestId('taxonomy');
  }

  /** The tick box of the row showing `path`. */
  rowCheck(path: string): Locator {
    return this.lib.list.locator(`[role="option"][data-path="${path}"]`).getByRole('checkbox');
  }

  /** Ticks the first row, then widens to every article the query matches. */
  async selectAllMatching(): Promise<void> {
    await this.lib.rows.first().getByRole('checkbox').click();
    await expect(this.bulkBar).toContainText('1 selected');
    await this.bulkBar.getByRole('button', { name: /^Select all \d+ matching$/ }).click();
    await expect(this.bulkBar).toContainText(/All \d+ matching/);
  }

  /** Opens the dialog from the bulk bar with one of its actions ("Rename tag", "Add tags", …). */
  async startOperation(action: string): Promise<void> {
    await this.bulkBar.getByRole('button', { name: new RegExp(`^${action}`) }).click();
    await expect(this.compose).toBeVisible();
  }

  /** Plans the composed operation and waits for the preview. */
  async planPreview(): Promise<void> {
    await this.compose.getByRole('button', { name: 'Preview changes' }).click();
    await expect(this.preview).toBeVisible({ timeout: 30_000 });
  }

  /** The big numbers of the preview: changed, unchanged, skipped. */
  async stats(): Promise<{ changed: number; unchanged: number; skipped: number }> {
    const stats = this.preview.getByTestId('plan-stats');
    const number = async (name: string): Promise<number> => Number((await stats.locator(`[data-stat="${name}"] strong`).textContent())?.replace(/\D/g, ''));
    return { changed: await number('changed'), unchanged: await number('unchanged'), skipped: await number('skipped') };
  }

  /** Removed (`-`) or added (`+`) diff lines of one file in the preview. */
  diffLines(path: string, kind: '-' | '+'): Locator {
    return this.preview.locator(`.file-diff[data-path="${path}"] ${kind === '-' ? '.diff-del' : '.diff-add'} .diff-text`);
  }

  /** Applies the previewed plan and waits for the summary. */
  async apply(): Promise<void> {
    await this.preview.getByRole('button', { name: /^Apply to \d+ files?$/ }).click();
    await expect(this.summary).toBeVisible({ timeout: 30_000 });
  }

  /** The summary's count for `changed`, `skipped` or `failed`. */
  async summaryCount(label: 'changed' | 'skipped' | 'failed'): Promise<number> {
    const text = await this.summary.locator(`[data-stat="${label}"] strong`).textContent();
    return Number(text?.replace(/\D/g, ''));
  }

  async closeSummary(): Promise<void> {
    await this.summary.getByRole('button', { name: 'Done' }).click();
    await expect(this.summary).toBeHidden();
  }

  /** Undo the last bulk edit from the keyboard: Ctrl/Cmd+Alt+Z lists the edits with the newest Undo focused, Enter runs it. */
  async undoLastByKeyboard(): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+Alt+z');
    await expect(this.journals).toBeVisible();
    const undo = this.journals.getByRole('button', { name: 'Undo', exact: true }).first();
    await expect(undo).toBeFocused();
    await this.page.keyboard.press('Enter');
    await expect(this.journals.getByTestId('undo-report')).toBeVisible({ timeout: 30_000 });
  }

  async openTaxonomy(): Promise<void> {
    await this.taxonomyTab.click();
    await expect(this.taxonomy.getByRole('table', { name: 'Tags' })).toBeVisible();
  }

  /** A taxonomy table row by the name it shows. */
  taxonomyRow(name: string): Locator {
    return this.taxonomy.locator(`tbody tr[data-name="${name}"]`);
  }

  /** A row action ("Rename", "Merge into", "Delete", "Articles") of the row named `name`. */
  async rowAction(name: string, action: string): Promise<void> {
    await this.taxonomyRow(name).getByRole('button', { name: `${action} ${name}` }).click();
  }
}
