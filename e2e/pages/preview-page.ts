import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/** One pane's preview controls and rendered article (the pane is `.editor-pane[data-side=…]`). */
export class PanePreview {
  readonly pane: Locator;
  readonly previewButton: Locator;
  readonly splitButton: Locator;
  readonly root: Locator;
  readonly scroller: Locator;
  readonly article: Locator;
  /** The shared placeholder's action, in this preview (one per remote image not loaded). */
  readonly allowRemote: Locator;
  readonly editor: Locator;

  constructor(
    readonly page: Page,
    readonly side: 'source' | 'target',
  ) {
    this.pane = page.locator(`.editor-pane[data-side="${side}"]`);
    this.previewButton = this.pane.getByRole('button', { name: 'Preview', exact: true });
    this.splitButton = this.pane.getByRole('button', { name: 'Split', exact: true });
    this.root = this.pane.getByTestId('preview');
    this.scroller = this.root.locator('.preview-scroller');
    this.article = this.root.locator('.preview-article');
    this.allowRemote = this.root.getByRole('button', { name: 'Load remote images for this folder' });
    this.editor = this.pane.locator('.cm-editor');
  }

  /** The rendered heading with this text. */
  heading(text: string): Locator {
    return this.article.getByRole('heading', { name: text, exact: true });
  }

  async show(): Promise<void> {
    await this.previewButton.click();
    await expect(this.root.locator('.preview-block').first()).toBeVisible();
  }

  /** Scrolls the preview so that `element` sits at its top. */
  async scrollTo(element: Locator): Promise<void> {
    const top = await element.evaluate((node) => {
      const scroller = node.closest('.preview-scroller');
      if (!scroller) throw new Error('not in a preview');
      return node.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
    });
    await this.scroller.evaluate((node, y) => node.scrollTo({ top: y }), top);
  }

  /** Where `element` sits relative to the top of the preview's visible area, in pixels. */
  async offsetFromTop(element: Locator): Promise<number> {
    return element.evaluate((node) => {
      const scroller = node.closest('.preview-scroller');
      if (!scroller) throw new Error('not in a preview');
      return node.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
    });
  }
}
