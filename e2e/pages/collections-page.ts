import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/**
 * The Collections panel (the open folder's content model, with its trust)
 * and the banner that asks once per folder whether its content config may
 * run. Both the web and the electron specs drive it.
 */
export class CollectionsPage {
  readonly tab: Locator;
  readonly panel: Locator;
  readonly trust: Locator;
  readonly notes: Locator;
  readonly ignored: Locator;
  readonly banner: Locator;

  constructor(readonly page: Page) {
    this.tab = page.getByRole('tab', { name: /^Collections/ });
    this.panel = page.locator('.collections');
    this.trust = page.getByTestId('collections-trust');
    this.notes = this.panel.getByRole('region', { name: 'Notes' });
    this.ignored = page.getByTestId('collections-ignored');
    this.banner = page.getByTestId('trust-banner');
  }

  /** Opens the panel from the keyboard: the tab (a button in the Tab order) focused, then Enter. */
  async openByKeyboard(): Promise<void> {
    await this.tab.focus();
    await expect(this.tab).toBeFocused();
    await this.page.keyboard.press('Enter');
    await expect(this.panel).toBeVisible();
  }

  /** One collection's card. */
  collection(name: string): Locator {
    return this.panel.locator(`article.collection[data-collection="${name}"]`);
  }

  /** The value beside `term` (Schema, Pairing, Languages …) in a collection's card. */
  fact(name: string, term: string): Locator {
    return this.collection(name).locator(`dt:text-is("${term}") + dd`);
  }
}
