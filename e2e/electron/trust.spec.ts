import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import type { ElectronApplication } from '@playwright/test';
import { ELECTRON_SKIP_REASON as SKIP_REASON, MAIN_BUNDLE, electronBinary } from '../fixtures/electron-app';
import { REPO_ROOT } from '../fixtures/serve';
import { CollectionsPage } from '../pages/collections-page';
import { LibraryPage } from '../pages/library-page';

/*
 * Workspace trust in the desktop app, on a copy of the newsroom's site (an
 * Astro content config): the banner asks once, Trust folder runs the config
 * and the model switches without a restart, Revoke in the Collections panel
 * goes back, and the answer survives a restart.
 */

const NEWSROOM = path.join(REPO_ROOT, 'src/main/services/content-model/__fixtures__/astro-newsroom');
const binary = electronBinary();
if (binary === null) console.log(`[e2e/electron] skipped: ${SKIP_REASON}`);

test.describe('workspace trust in the desktop app', () => {
  test.skip(binary === null, SKIP_REASON);
  // The second test reopens the folder the first one answered for.
  test.describe.configure({ mode: 'serial' });

  let tmp: string;
  let workspace: string;
  let app: ElectronApplication | undefined;

  const launch = async (): Promise<{ lib: LibraryPage; panel: CollectionsPage }> => {
    app = await electron.launch({
      executablePath: binary ?? undefined,
      args: [MAIN_BUNDLE, '--no-sandbox', workspace],
      env: { ...process.env, COPYDESK_DATA_DIR: path.join(tmp, 'data') },
      cwd: REPO_ROOT,
    });
    const page = await app.firstWindow();
    const lib = new LibraryPage(page);
    await lib.waitForIndex();
    return { lib, panel: new CollectionsPage(page) };
  };

  test.beforeAll(async () => {
    tmp = await mkdtemp(path.join(tmpdir(), 'copydesk-electron-trust-'));
    workspace = path.join(tmp, 'newsroom');
    await cp(NEWSROOM, workspace, { recursive: true });
  });

  test.afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  test.afterAll(async () => {
    await rm(tmp, { recursive: true, force: true });
  });

  test('asks once, trusts from the keyboard, switches the model without a restart, and revokes', async () => {
    const { lib, panel } = await launch();
    await expect(panel.banner).toContainText("This folder's content config (src/content.config.ts) is code.");
    await expect(panel.banner).toContainText('Until then, Copydesk uses schemas inferred from the files');
    await expect(lib.status).toContainText('15 articles · 1 invalid');

    const trustButton = panel.banner.getByRole('button', { name: 'Trust folder' });
    await trustButton.focus();
    await lib.page.keyboard.press('Enter');
    await expect(panel.banner).toHaveCount(0, { timeout: 30_000 });
    // Judged again by the site's own schema: its five deliberate errors.
    await expect(lib.status).toContainText('15 articles · 5 invalid', { timeout: 30_000 });

    await panel.openByKeyboard();
    await expect(panel.fact('blog', 'Schema')).toContainText('astro-config');
    await expect(panel.trust).toContainText('Trusted: Copydesk runs src/content.config.ts');
    await panel.trust.getByRole('button', { name: 'Revoke trust' }).click();
    await expect(panel.fact('blog', 'Schema')).toContainText('inferred', { timeout: 30_000 });
    await expect(panel.trust).toContainText('Not trusted');
    // Revoked is an answer: the banner does not ask again.
    await expect(panel.banner).toHaveCount(0);
  });

  test('remembers the answer across a restart', async () => {
    const { panel } = await launch();
    await expect(panel.banner).toHaveCount(0);
    await panel.tab.click();
    await expect(panel.trust).toContainText('Not trusted');
    await panel.trust.getByRole('button', { name: 'Trust folder' }).click();
    await expect(panel.fact('blog', 'Schema')).toContainText('astro-config', { timeout: 30_000 });
  });
});
