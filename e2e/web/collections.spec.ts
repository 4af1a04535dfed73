import path from 'node:path';
import { REPO_ROOT, expect, test } from '../fixtures/serve';
import { watchPageErrors } from '../fixtures/page-errors';
import { CollectionsPage } from '../pages/collections-page';
import { LibraryPage } from '../pages/library-page';

/*
 * The Collections panel on the newsroom's own site (an Astro content config
 * with two collections) served by `copydesk serve`, which runs the config of
 * the folder it was started on (collections-untrusted.spec.ts: --no-trust).
 * Over HTTP the trust is the server's, so the panel says how to change it
 * instead of offering a button, and the banner that asks (desktop only)
 * never shows.
 */

const NEWSROOM = path.join(REPO_ROOT, 'src/main/services/content-model/__fixtures__/astro-newsroom');

test.use({ corpus: NEWSROOM });

test.describe('the Collections panel of a trusted site', () => {
  let lib: LibraryPage;
  let panel: CollectionsPage;
  let pageErrors: string[];

  test.beforeEach(async ({ page, server }) => {
    pageErrors = watchPageErrors(page, { failedResponses: true });
    lib = new LibraryPage(page);
    panel = new CollectionsPage(page);
    await page.goto(server.url);
    await lib.waitForIndex();
  });

  test.afterEach(() => {
    expect(pageErrors).toEqual([]);
  });

  test('shows each collection as copydesk model does, from the site config', async () => {
    await expect(panel.banner).toHaveCount(0);
    await panel.openByKeyboard();

    await expect(panel.collection('blog').locator('.collection-root')).toHaveText('src/content/blog');
    await expect(panel.collection('blog').locator('.collection-files')).toHaveText('11 files');
    await expect(panel.fact('blog', 'Schema')).toContainText("astro-config the site's content config");
    await expect(panel.fact('blog', 'Pairing')).toContainText('key externalId ← ai.translatedFrom (detected)');
    await expect(panel.fact('blog', 'Pairing')).toContainText('Files each rule pairs: key 5 · folder 0 · suffix 6');
    await expect(panel.fact('blog', 'Languages').locator('.lang-badge')).toHaveText(['en', 'pt', 'uk']);
    await expect(panel.fact('blog', 'Source language')).toHaveText('en (translated-from)');
    await expect(panel.fact('blog', 'Shared fields')).toHaveText('category, coverImage, draft, externalId, publishedAt, score, sentiment, source, tags, updatedAt');
    await expect(panel.fact('blog', 'Translatable')).toHaveText('description, title (inferred)');
    await expect(panel.fact('blog', 'Roles').locator('.collection-role')).toHaveText(['title → title', 'description → description', 'date → publishedAt', 'updated → updatedAt', 'tags → tags', 'category → category', 'draft → draft']);

    await expect(panel.collection('docs').locator('.collection-files')).toHaveText('4 files');
    await expect(panel.fact('docs', 'Pairing')).toContainText('suffix (detected)');
    await expect(panel.fact('docs', 'Languages').locator('.lang-badge')).toHaveText(['en', 'uk']);

    await expect(panel.notes.locator('li')).toHaveCount(4);
    await expect(panel.notes).toContainText('collection blog: source language en: the originals (files without ai.translatedFrom) are in en (overriding astro.config.mjs, which declares uk)');
    await expect(panel.ignored).toHaveText('2 Markdown files (1 by .gitignore, 1 in no collection); node_modules, .git and other hidden folders are never read.');

    await expect(panel.trust).toContainText('Trusted: Copydesk runs src/content.config.ts, in a separate process without write access');
    await expect(panel.trust).toContainText('start it with --no-trust to refuse');
    await expect(panel.trust.getByRole('button')).toHaveCount(0);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`collections panel screenshot (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await panel.tab.click();
      await expect(panel.collection('docs')).toBeVisible();
      await lib.screenshot(`collections-${colorScheme}`);
    });
  }
});
