import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/** One side of the pair: title, banners, the frontmatter summary and form, the CodeMirror editor. */
export class EditorPanePage {
  readonly root: Locator;
  readonly form: Locator;
  readonly editor: Locator;
  readonly content: Locator;
  readonly dirtyMark: Locator;
  readonly saveButton: Locator;
  readonly banner: Locator;
  readonly saveErrors: Locator;
  /** The one line that stands for the frontmatter and opens the form. */
  readonly summary: Locator;
  /** The folded YAML's marker in the editor ("14 fields · 1 problem"). */
  readonly yamlMarker: Locator;
  readonly scroller: Locator;

  constructor(
    readonly page: Page,
    readonly side: 'source' | 'target',
  ) {
    this.root = page.locator(`.editor-pane[data-side="${side}"]`);
    this.form = this.root.getByRole('form', { name: 'Frontmatter' });
    this.editor = this.root.locator('.cm-editor');
    this.content = this.root.locator('.cm-content');
    this.dirtyMark = this.root.getByRole('img', { name: 'Unsaved changes' });
    this.saveButton = this.root.getByRole('button', { name: 'Save', exact: true });
    this.banner = this.root.locator('.pane-banner[data-notice]');
    this.saveErrors = this.root.getByRole('alert', { name: 'Save errors' });
    this.summary = this.root.locator('button.fm-summary');
    this.yamlMarker = this.root.locator('.cm-frontmatterFold');
    this.scroller = this.root.locator('.cm-scroller');
  }

  /** Opens the fields form from its summary line, if it is folded. */
  async openForm(): Promise<void> {
    await expect(this.summary).toBeVisible();
    // Clicked again while it stays folded, as unfoldYaml: in a full CI run one click did not take (see there).
    await expect(async () => {
      if ((await this.summary.getAttribute('aria-expanded')) === 'false') await this.summary.click();
      await expect(this.form).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 10_000 });
  }

  /** Unfolds the frontmatter YAML (a click on its marker), if it is folded. */
  async unfoldYaml(): Promise<void> {
    // Clicked again while it stays folded: in full CI runs on a loaded machine a first click in a pane just opened
    // has twice not taken (the marker, once the summary, stayed for 10 s); runs of those specs alone never show it.
    // A likely cause: the review's notices arrive above the pane's header after the pane has drawn (on the sample's
    // outflows .es pair the summary moved 184 px down ~85 ms after it appeared), and can move the target between
    // Playwright's last check of it and its click.
    await expect(async () => {
      if ((await this.yamlMarker.count()) > 0) await this.yamlMarker.click();
      await expect(this.yamlMarker).toHaveCount(0, { timeout: 1000 });
    }).toPass({ timeout: 10_000 });
  }

  /** Top of the editor line containing `text`, relative to the top of the pane's scroller (px); null when not rendered. */
  async lineTop(text: string): Promise<number | null> {
    return this.root.evaluate((root, wanted) => {
      const scroller = root.querySelector('.cm-scroller');
      const line = [...root.querySelectorAll('.cm-content .cm-line')].find((element) => element.textContent?.includes(wanted));
      if (!scroller || !line) return null;
      return line.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
    }, text);
  }

  /** The form control labelled `label` (Title, Published at, Sentiment, …: the schema's title, else the key in words). */
  field(label: string): Locator {
    return this.form.getByLabel(label, { exact: true });
  }

  /** The rendered editor line whose text starts with `prefix` (e.g. `title:`). */
  line(prefix: string): Locator {
    return this.content.locator('.cm-line').filter({ hasText: new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
  }

  /** Puts the caret at the end of the line starting with `prefix` (before a closing quote with `beforeQuote`). */
  async caretAtEndOf(prefix: string, beforeQuote = false): Promise<void> {
    await this.line(prefix).click();
    // With line wrapping, End stops at each wrap point: three presses reach the end of any frontmatter line.
    for (let i = 0; i < 3; i++) await this.page.keyboard.press('End');
    if (beforeQuote) await this.page.keyboard.press('ArrowLeft');
  }

  /** Replaces the whole line starting with `prefix` by typing `text`. */
  async retypeLine(prefix: string, text: string): Promise<void> {
    await this.line(prefix).click();
    for (let i = 0; i < 3; i++) await this.page.keyboard.press('Home');
    for (let i = 0; i < 3; i++) await this.page.keyboard.press('Shift+End');
    await this.page.keyboard.type(text);
  }

  /** Waits for the editor, opens the fields form (it starts folded to its summary) and the YAML, for flows that edit both. */
  async waitForEditor(): Promise<void> {
    await expect(this.content).toBeVisible();
    await this.openForm();
    await this.unfoldYaml();
  }
}

/** The pair view: toolbar (language switcher, save both, updatedAt setting) and the two panes. */
export class PairPage {
  readonly root: Locator;
  readonly source: EditorPanePage;
  readonly target: EditorPanePage;
  readonly languages: Locator;
  readonly touchUpdatedAt: Locator;
  readonly quickOpen: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('region', { name: 'Editor' });
    this.source = new EditorPanePage(page, 'source');
    this.target = new EditorPanePage(page, 'target');
    this.languages = page.getByRole('group', { name: 'Translation language' });
    this.touchUpdatedAt = page.getByRole('checkbox', { name: 'Update updatedAt on save' });
    this.quickOpen = page.getByRole('dialog', { name: 'Quick open' });
  }

  /** Opens an article through quick open (Ctrl/Cmd+P), the way an editor does it all day. */
  async open(path: string, search = path): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+P');
    await expect(this.quickOpen).toBeVisible();
    await this.quickOpen.getByRole('combobox').fill(search);
    const result = this.quickOpen.locator(`[role="option"][data-path="${path}"]`);
    await expect(result).toBeVisible();
    await result.click();
    await expect(this.quickOpen).toBeHidden();
    await expect(this.root).toBeVisible();
  }
}
