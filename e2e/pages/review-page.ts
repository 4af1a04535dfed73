import path from 'node:path';
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { SCREENSHOT_DIR } from './library-page';

/**
 * Translation review as a user sees it: the Review tab's dashboard (bars per
 * language, filters, the groups × languages matrix) and the review strip in
 * the pair view's translation pane.
 */
export class ReviewPage {
  readonly tab: Locator;
  readonly dashboard: Locator;
  readonly grid: Locator;
  readonly total: Locator;
  readonly statusFilter: Locator;
  readonly langFilter: Locator;
  readonly textFilter: Locator;
  readonly inconsistentChip: Locator;
  readonly strip: Locator;
  readonly badge: Locator;
  readonly approve: Locator;
  readonly needsWork: Locator;
  readonly nextOutdated: Locator;
  readonly nextUnreviewed: Locator;
  readonly syncScroll: Locator;
  readonly message: Locator;
  readonly changes: Locator;
  readonly createDialog: Locator;
  /** "Not ready to approve": why Approve is refused, with "Approve anyway…". */
  readonly blockers: Locator;
  readonly approveAnyway: Locator;
  /** The note form of approve-anyway and needs-work. */
  readonly noteForm: Locator;
  readonly noteInput: Locator;
  /** The reviewer's note as the strip shows it. */
  readonly note: Locator;

  constructor(readonly page: Page) {
    this.tab = page.getByRole('tab', { name: /^Review/ });
    this.dashboard = page.locator('.review-dashboard');
    this.grid = page.getByRole('grid', { name: 'Translations by article and language' });
    this.total = page.getByTestId('review-total');
    this.statusFilter = this.dashboard.getByLabel('Status', { exact: true });
    this.langFilter = this.dashboard.getByLabel('Language', { exact: true });
    this.textFilter = this.dashboard.getByRole('searchbox', { name: 'Filter by title, id or path' });
    this.inconsistentChip = this.dashboard.getByRole('button', { name: /inconsistent/ });
    this.strip = page.locator('.editor-pane[data-side="target"]').getByRole('region', { name: 'Review' });
    this.badge = this.strip.locator('.review-badge');
    this.approve = this.strip.getByRole('button', { name: /✓ Approve/ });
    this.needsWork = this.strip.getByRole('button', { name: /Needs work/ });
    this.nextOutdated = this.strip.getByRole('button', { name: /Next outdated/ });
    this.nextUnreviewed = this.strip.getByRole('button', { name: /Next unreviewed/ });
    this.syncScroll = this.strip.getByRole('checkbox', { name: 'Sync scroll' });
    this.message = this.strip.getByRole('status');
    this.changes = this.strip.locator('.review-changes');
    this.createDialog = page.getByRole('alertdialog', { name: /Create the .* translation/ });
    this.blockers = this.strip.getByRole('note', { name: 'Not ready to approve' });
    this.approveAnyway = this.blockers.getByRole('button', { name: 'Approve anyway…' });
    this.noteForm = this.strip.locator('form.review-note-form');
    this.noteInput = this.noteForm.getByRole('textbox');
    this.note = this.strip.getByTestId('review-note');
  }

  /** Opens the Review tab and waits for the matrix. */
  async open(): Promise<void> {
    await this.tab.click();
    await expect(this.grid).toBeVisible();
  }

  /** The legend entry "Missing 5" of one language's bar. */
  legend(lang: string, status: string): Locator {
    return this.dashboard.locator(`.review-bar-row[data-lang="${lang}"] .review-legend-item[data-status="${status}"]`);
  }

  /** The matrix row of one translation group, by its group key (a key rule's shared id, a path rule's path without language). */
  row(groupKey: string): Locator {
    return this.grid.locator(`[role="row"][data-group-key="${groupKey}"]`);
  }

  /** One language's cell of a group. */
  cell(groupKey: string, lang: string): Locator {
    return this.row(groupKey).locator(`[role="gridcell"][data-lang="${lang}"]`);
  }

  /** Narrows the matrix to a group by its group key and clicks its `lang` cell. */
  async openCell(groupKey: string, lang: string): Promise<void> {
    await this.textFilter.fill(groupKey);
    await expect(this.total).toHaveText('1 article');
    await this.cell(groupKey, lang).click();
  }

  /** Lines of a pane's editor carrying a review class (`cm-review-counterpart`, …). */
  marked(side: 'source' | 'target', className: string): Locator {
    return this.page.locator(`.editor-pane[data-side="${side}"] .cm-content .cm-line.${className}`);
  }

  /**
   * Clicks the editor line of `side` that contains `text`, scrolling the
   * editor until CodeMirror renders it (only lines near the viewport exist).
   */
  async clickLine(side: 'source' | 'target', text: string): Promise<void> {
    const pane = this.page.locator(`.editor-pane[data-side="${side}"]`);
    const line = pane.locator('.cm-content .cm-line', { hasText: text }).first();
    const scroller = pane.locator('.cm-scroller');
    await scroller.evaluate((element) => element.scrollTo({ top: 0 }));
    for (let step = 0; step < 40; step++) {
      // Let CodeMirror redraw its viewport first: a line of the previous one may still be in the DOM.
      await this.page.waitForTimeout(80);
      if ((await line.count()) > 0) {
        try {
          await line.click({ timeout: 2_000 });
          return;
        } catch {
          // Replaced while scrolling: look again.
        }
      }
      await scroller.evaluate((element) => element.scrollBy({ top: element.clientHeight * 0.6 }));
    }
    throw new Error(`No line containing "${text}" in the ${side} editor`);
  }

  /** Folds both panes' field forms away, so the editors show more text (the setting lasts for this page's origin). */
  async hideForms(): Promise<void> {
    const shown = this.page.getByRole('button', { name: 'Show fields form', pressed: true });
    while ((await shown.count()) > 0) await shown.first().click();
  }

  /** One check of the strip by id (and line, when it fires on several blocks). */
  check(id: string, line?: number): Locator {
    return this.strip.locator(`.review-check[data-check="${id}"]${line !== undefined ? `[data-line="${line}"]` : ''}`);
  }

  /** Saves a screenshot in the light and the dark scheme as `<name>-light.png` / `<name>-dark.png` (in `dir`, default the e2e output). */
  async screenshots(name: string, dir = SCREENSHOT_DIR): Promise<void> {
    for (const scheme of ['light', 'dark'] as const) {
      await this.page.emulateMedia({ colorScheme: scheme });
      await this.page.waitForTimeout(150);
      await this.page.screenshot({ path: path.join(dir, `${name}-${scheme}.png`) });
    }
    await this.page.emulateMedia({ colorScheme: 'light' });
  }
}
