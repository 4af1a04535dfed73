import path from 'node:path';
import { REPO_ROOT, expect, test } from '../fixtures/serve';
import { watchPageErrors } from '../fixtures/page-errors';
import { LibraryPage } from '../pages/library-page';
import { PairPage } from '../pages/pair-page';

/*
 * Each article's form and live lint are its own collection's, from the
 * site's content config: the newsroom fixture site (served with `copydesk
 * serve`, which trusts the folder it runs on) has a `blog` collection and a
 * `docs` collection with other fields. The docs form shows `navTitle` and
 * `order` and no `externalId`; on a blog file, a value the site's schema
 * rejects gets a lint mark as it is typed.
 */

const NEWSROOM = path.join(REPO_ROOT, 'src/main/services/content-model/__fixtures__/astro-newsroom');
const DOCS_FILE = 'src/content/docs/getting-started.en.md';
const BLOG_FILE = 'src/content/blog/2026/01/grid-pause.en.md';

test.use({ corpus: NEWSROOM });

test.describe('the form and lint of each article’s collection', () => {
  let lib: LibraryPage;
  let pair: PairPage;
  let pageErrors: string[];

  test.beforeEach(async ({ page, server }) => {
    pageErrors = watchPageErrors(page, { failedResponses: true });
    lib = new LibraryPage(page);
    pair = new PairPage(page);
    await page.goto(server.url);
    await lib.waitForIndex();
  });

  test.afterEach(() => {
    expect(pageErrors).toEqual([]);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`a docs file has the docs form, a blog file the blog's live checks (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });

      // docs: its own fields, labelled from the keys; nothing of the blog's.
      await pair.open(DOCS_FILE, 'getting-started.en');
      const docs = pair.source;
      await docs.waitForEditor();
      await expect(docs.form).toHaveAttribute('data-collection', 'docs');
      await expect(docs.field('Nav title')).toHaveValue('Start');
      await expect(docs.field('Order')).toHaveValue('1');
      await expect(docs.field('Description')).toHaveValue('How the desk publishes an article.');
      await expect(docs.form.getByText('External ID', { exact: true })).toHaveCount(0);
      await expect(docs.form.getByText('Category', { exact: true })).toHaveCount(0);
      await expect(docs.form.locator('.field-row--invalid')).toHaveCount(0);
      await expect(docs.root.locator('.cm-lintRange-error')).toHaveCount(0);
      await lib.screenshot(`collection-form-docs-${colorScheme}`);

      // blog: valid as the site judges it (coverImage and ai are null), then an id typed as a YAML number.
      await pair.open(BLOG_FILE, 'grid-pause.en');
      const blog = pair.source;
      await blog.waitForEditor();
      await expect(blog.form).toHaveAttribute('data-collection', 'blog');
      await expect(blog.field('External ID')).toHaveValue('60342001');
      await expect(blog.form.getByText('Nav title', { exact: true })).toHaveCount(0);
      await expect(blog.form.locator('.field-row--invalid')).toHaveCount(0);
      await expect(blog.form.locator('[data-group="coverImage"]')).toContainText('empty (null)');
      await expect(blog.root.locator('.cm-lintRange-error')).toHaveCount(0);

      await blog.retypeLine('externalId:', 'externalId: 60340789');
      const mark = blog.root.locator('.cm-lintRange-error');
      await expect(mark).toHaveCount(1);
      await expect(mark).toHaveText('externalId: 60340789');
      await expect(blog.form.locator('.field-row--invalid')).toContainText('Must be text');
      await expect(blog.summary).toContainText('1 problem');
      await mark.hover();
      await expect(page.locator('.cm-tooltip-lint')).toContainText('externalId must be text');
      await lib.screenshot(`collection-form-blog-${colorScheme}`);
    });
  }
});
