import path from 'node:path';
import { REPO_ROOT, expect, test } from '../fixtures/serve';
import { watchPageErrors } from '../fixtures/page-errors';
import { CollectionsPage } from '../pages/collections-page';
import { LibraryPage } from '../pages/library-page';

/*
 * A Starlight-style site (a folder per locale) whose content config imports
 * a package that is not installed, served trusted: the config cannot run, so
 * the Collections panel says which file failed and why (with file:line), and
 * what Copydesk uses instead (Astro's generated JSON schema).
 */

const STARLIGHT = path.join(REPO_ROOT, 'src/main/services/content-model/__fixtures__/starlight-site');

test.use({ corpus: STARLIGHT });

test('a trusted config that fails: the note names the file, the line and the cause; the fallback is shown', async ({ page, server }) => {
  const pageErrors = watchPageErrors(page, { failedResponses: true });
  const lib = new LibraryPage(page);
  const panel = new CollectionsPage(page);
  await page.goto(server.url);
  await lib.waitForIndex();
  await panel.openByKeyboard();

  await expect(panel.trust).toContainText("Trusted: Copydesk runs src/content.config.ts, in a separate process without write access, to read the collections' schemas.");
  await expect(panel.trust).toContainText("It gave no schema this time (the notes below say why), so Copydesk uses Astro's generated JSON schemas (.astro/collections).");
  await expect(panel.fact('docs', 'Schema')).toContainText('astro-json-schema');
  await expect(panel.fact('docs', 'Schema')).toContainText('from .astro/collections/docs.schema.json; src/content.config.ts could not be bundled');
  await expect(panel.fact('docs', 'Pairing')).toContainText('folder (detected)');
  await expect(panel.fact('docs', 'Languages').locator('.lang-badge')).toHaveText(['en', 'pt-br', 'uk']);
  await expect(panel.fact('docs', 'Source language')).toHaveText('en (site-default, astro.config.mjs)');
  await expect(panel.notes.locator('li').first()).toHaveText(
    'src/content.config.ts could not be bundled: it imports "@astrojs/starlight/loaders", but the package @astrojs/starlight is not installed in this site (run npm install in the site folder) (src/content.config.ts:2:28)',
  );
  expect(pageErrors).toEqual([]);
});
