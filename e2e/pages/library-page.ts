import path from 'node:path';
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/** Where flows save screenshots for people to look at. */
export const SCREENSHOT_DIR = path.resolve(__dirname, '../output/screenshots');

/**
 * The library window as a user sees it: search box, facets, list, problems,
 * the editor (pair view) an article opens into, status bar. Both the web and the electron specs drive it, so
 * each flow is written once.
 */
export class LibraryPage {
  readonly search: Locator;
  readonly list: Locator;
  readonly rows: Locator;
  readonly filters: Locator;
  readonly status: Locator;
  readonly shown: Locator;
  readonly articlesTab: Locator;
  readonly problemsTab: Locator;
  readonly problems: Locator;
  readonly pane: Locator;
  readonly sort: Locator;

  constructor(readonly page: Page) {
    this.search = page.getByRole('searchbox', { name: 'Search articles' });
    this.list = page.getByRole('listbox', { name: 'Articles' });
    this.rows = this.list.getByRole('option');
    this.filters = page.getByRole('navigation', { name: 'Filters' });
    this.status = page.getByTestId('index-status');
    this.shown = page.getByTestId('shown-count');
    this.articlesTab = page.getByRole('tab', { name: /^Articles/ });
    this.problemsTab = page.getByRole('tab', { name: /^Problems/ });
    this.problems = page.locator('.problems');
    this.pane = page.getByRole('region', { name: 'Editor' });
    this.sort = page.getByRole('combobox', { name: 'Sort order' });
  }

  /** Waits until indexing is over and the status bar shows the summary. */
  async waitForIndex(): Promise<void> {
    await expect(this.status).toContainText(/\d+ articles? · \d+ invalid/, { timeout: 30_000 });
    await expect(this.rows.first()).toBeVisible();
  }

  /** Types a query the way a user does and waits for the debounced result. */
  async query(text: string): Promise<void> {
    await this.search.fill(text);
    await expect(this.search).toHaveValue(text);
    await this.settle();
  }

  /** Lets the 120 ms debounce and the answer pass. */
  async settle(): Promise<void> {
    await this.page.waitForTimeout(300);
    await this.page.waitForLoadState('networkidle').catch(() => undefined);
  }

  /** The facet toggle for `value` in the group titled `group` (Language, Tag, …). */
  facet(group: string, value: string): Locator {
    return this.filters.getByRole('region', { name: group }).locator(`button[data-value="${value}"]`);
  }

  /** How many articles the current query matches, from the status bar. */
  async shownCount(): Promise<number> {
    const text = (await this.shown.textContent()) ?? '';
    return Number(text.replace(/[^\d]/g, ''));
  }

  /** Language codes of the rows currently rendered. */
  async visibleLangs(): Promise<string[]> {
    return this.rows.locator('.cell--lang .lang-badge').allTextContents();
  }

  /** Titles of the rows currently rendered. */
  async visibleTitles(): Promise<string[]> {
    return this.rows.locator('.row-title-text').allTextContents();
  }

  /** The selected row's index, from aria-selected. */
  async selectedPath(): Promise<string | null> {
    return this.list.locator('[role="option"][aria-selected="true"]').getAttribute('data-path');
  }

  async openProblems(): Promise<void> {
    await this.problemsTab.click();
    await expect(this.problems).toBeVisible();
  }

  /** The problems-view entry for one file. */
  problem(filePath: string): Locator {
    return this.problems.locator(`li.problem[data-path="${filePath}"]`);
  }

  /** Saves a full-window screenshot as `<name>.png` in the screenshot folder. */
  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });
  }
}
