import path from 'node:path';
import { REPO_ROOT, expect, test } from '../fixtures/serve';
import { watchPageErrors } from '../fixtures/page-errors';
import { CollectionsPage } from '../pages/collections-page';
import { LibraryPage } from '../pages/library-page';

/*
 * The newsroom's own site served with `copydesk serve --no-trust`: its
 * content config is not run, the model falls back to schemas inferred from
 * the files, and the Collections panel says so and how to change it (over
 * HTTP trust is the server's flag, never a button on the page).
 */

const NEWSROOM = path.join(REPO_ROOT, 'src/main/services/content-model/__fixtures__/astro-newsroom');

test.use({ corpus: NEWSROOM, serveArgs: ['--no-trust'] });

test.describe('the Collections panel with --no-trust', () => {
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

  test('says the config did not run, what is used instead, and how to change it; no banner over HTTP', async () => {
    await expect(panel.banner).toHaveCount(0);
    await panel.tab.click();
    const note = "not trusted: the site's content config (src/content.config.ts) was not run; no schema found: inferred from the files";
    await expect(panel.fact('blog', 'Schema')).toHaveText(`inferred inferred from the files${note}`);
    await expect(panel.fact('docs', 'Schema')).toContainText(note);
    await expect(panel.trust).toContainText('Not trusted: src/content.config.ts is code and was not run. Until then, Copydesk uses schemas inferred from the files, which require no field.');
    await expect(panel.trust).toContainText('copydesk serve was started with --no-trust.');
    await expect(panel.trust.getByRole('button')).toHaveCount(0);
    await expect(panel.notes).toContainText("not trusted: the site's content config (src/content.config.ts) was not run");
  });

  test('a page cannot trust the folder: workspace.setTrust is refused over HTTP, and nothing runs', async ({ server }) => {
    const call = async (channel: string, input: object): Promise<unknown> => {
      const response = await fetch(`${server.origin}/api/${channel}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(input),
      });
      return response.json();
    };
    expect(await call('workspace.setTrust', { trusted: true })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await call('workspace.trust', {})).toEqual({ ok: true, value: { trusted: false, canRun: true, file: 'src/content.config.ts', asked: true, canChange: false } });
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`trust banner screenshot, as the desktop app asks (${colorScheme})`, async ({ page, server }) => {
      // Over HTTP trust is the server's and the banner never shows; this screenshot alone answers
      // `workspace.trust` as the desktop app does for a folder never asked about (the flow itself is e2e/electron/trust.spec.ts).
      await page.route('**/api/workspace.trust', async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, json: { ...(await response.json()), value: { trusted: false, canRun: true, file: 'src/content.config.ts', asked: false, canChange: true } } });
      });
      await page.emulateMedia({ colorScheme });
      // A new load (the same URL again would only change the fragment), so the page asks again.
      await page.goto('about:blank');
      await page.goto(server.url);
      await lib.waitForIndex();
      await expect(panel.banner).toContainText("This folder's content config (src/content.config.ts) is code.");
      await expect(panel.banner).toContainText('Until then, Copydesk uses schemas inferred from the files');
      await expect(panel.banner.getByRole('button', { name: 'Trust folder' })).toBeVisible();
      await lib.screenshot(`trust-banner-${colorScheme}`);
      await panel.tab.click();
      await lib.screenshot(`collections-untrusted-${colorScheme}`);
    });
  }
});
