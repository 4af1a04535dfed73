import path from 'node:path';
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/** Where the git flows save screenshots for people to look at (1440×900, light and dark). */
export const GIT_SHOTS = process.env.COPYDESK_GIT_SHOTS ?? '/work/shots/git';

/**
 * Git as a user sees it: the Changes tab (branch, pull / push / commit,
 * changed files), the commit dialog, the compare dialog, the status bar's
 * branch item, and the library's Changed filter and badges.
 */
export class GitPage {
  readonly tab: Locator;
  readonly panel: Locator;
  readonly list: Locator;
  readonly rows: Locator;
  /** The last action's outcome (its `data-code` names an error); `messageText` is its words alone. */
  readonly message: Locator;
  readonly messageText: Locator;
  readonly warning: Locator;
  readonly commitDialog: Locator;
  readonly commitMessage: Locator;
  readonly compareDialog: Locator;
  readonly statusItem: Locator;
  readonly changedFilter: Locator;

  constructor(readonly page: Page) {
    this.tab = page.getByRole('tab', { name: /^Changes/ });
    this.panel = page.getByTestId('changes-panel');
    this.list = this.panel.getByRole('listbox', { name: 'Changed files' });
    this.rows = this.list.getByRole('option');
    this.message = page.getByTestId('git-message');
    this.messageText = this.message.locator('.changes-message-text');
    this.warning = page.getByTestId('git-warning');
    this.commitDialog = page.getByTestId('commit-dialog');
    this.commitMessage = this.commitDialog.getByLabel('Message');
    this.compareDialog = page.getByRole('dialog', { name: 'Changes since the last commit' });
    this.statusItem = page.getByTestId('git-status-item');
    this.changedFilter = page.getByRole('button', { name: /^Changed/ });
  }

  /** Ctrl/Cmd+Shift+G, as an editor opens it. */
  async open(): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+Shift+G');
    await expect(this.panel).toBeVisible();
  }

  row(relPath: string): Locator {
    return this.list.locator(`[role="option"][data-path="${relPath}"]`);
  }

  /** The commit dialog's tick box for one file. */
  tick(relPath: string): Locator {
    return this.commitDialog.getByRole('listitem').filter({ hasText: relPath }).getByRole('checkbox');
  }

  /** Light and dark screenshots of the window as it is now. */
  async screenshots(name: string): Promise<void> {
    for (const scheme of ['light', 'dark'] as const) {
      await this.page.emulateMedia({ colorScheme: scheme });
      await this.page.screenshot({ path: path.join(GIT_SHOTS, `${name}-${scheme}.png`) });
    }
    await this.page.emulateMedia({ colorScheme: 'light' });
  }
}
