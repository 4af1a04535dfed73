import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cp, mkdtemp, readFile, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import type { ElectronApplication, Page } from '@playwright/test';
import { ELECTRON_SKIP_REASON, MAIN_BUNDLE, electronBinary } from '../fixtures/electron-app';
import { REPO_ROOT, SAMPLE_CORPUS } from '../fixtures/serve';
import { LibraryPage } from '../pages/library-page';
import { PairPage } from '../pages/pair-page';

/*
 * The shell's wiring of the security decisions (each decision itself is unit
 * tested in src/main/app): app:// with the CSP header, the app-wide
 * web-contents guard, ELECTRON_RENDERER_URL ignored by the built app,
 * workspace.open limited to chosen folders, remote images behind consent.
 * See docs/security.md.
 */

const binary = electronBinary();
if (binary === null) console.log(`[e2e/electron] security skipped: ${ELECTRON_SKIP_REASON}`);

const ENTRY = 'app://copydesk/index.html';

test.describe('desktop app security', () => {
  test.skip(binary === null, ELECTRON_SKIP_REASON);

  let app: ElectronApplication;
  let page: Page;
  let tmp: string;
  let workspace: string;
  /** A web server that must never be asked for anything. */
  let decoy: Server;
  let decoyUrl: string;
  const decoyHits: string[] = [];

  test.beforeAll(async () => {
    decoy = createServer((req, res) => {
      decoyHits.push(req.url ?? '');
      res.end('<!doctype html><title>decoy</title>');
    });
    await new Promise<void>((resolve) => decoy.listen(0, '127.0.0.1', resolve));
    decoyUrl = `http://127.0.0.1:${(decoy.address() as AddressInfo).port}`;
    tmp = await mkdtemp(path.join(tmpdir(), 'copydesk-electron-security-'));
    workspace = path.join(tmp, 'articles');
    await cp(SAMPLE_CORPUS, workspace, { recursive: true });
    app = await electron.launch({
      executablePath: binary ?? undefined,
      args: [MAIN_BUNDLE, '--no-sandbox', workspace],
      // As if left in the shell by an earlier `electron-vite dev`: the built bundle must ignore both.
      env: { ...process.env, COPYDESK_DATA_DIR: path.join(tmp, 'data'), ELECTRON_RENDERER_URL: decoyUrl, NODE_ENV_ELECTRON_VITE: 'development' },
      cwd: REPO_ROOT,
    });
    page = await app.firstWindow();
    await new LibraryPage(page).waitForIndex();
  });

  test.afterAll(async () => {
    await app?.close();
    await new Promise<void>((resolve) => decoy.close(() => resolve()));
    await rm(tmp, { recursive: true, force: true });
  });

  test('serves the page from app:// with the CSP as a header, ignoring ELECTRON_RENDERER_URL', async () => {
    expect(page.url()).toBe(ENTRY);
    expect(decoyHits).toEqual([]);
    const csp = await app.evaluate(async ({ net }) => (await net.fetch('app://copydesk/index.html')).headers.get('content-security-policy'));
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("img-src 'self' data:;");
    expect(csp).toContain("script-src 'self';");
    const traversal = await app.evaluate(async ({ net }) => (await net.fetch('app://copydesk/..%2f..%2fpackage.json')).status);
    expect(traversal).toBe(404);
  });

  // Targets the guard refuses outright: an http(s) target would be offered to the browser (http after a dialog).
  test('the window cannot navigate away or open windows', async () => {
    await page.evaluate("location.href = 'file:///etc/hostname'").catch(() => undefined);
    await page.evaluate("location.href = 'app://copydesk/assets/'").catch(() => undefined);
    expect(await page.evaluate("window.open('app://copydesk/index.html') === null")).toBe(true);
    expect(await page.evaluate("window.open('javascript:alert(1)') === null")).toBe(true);
    await expect.poll(() => page.url()).toBe(ENTRY);
    expect(app.windows()).toHaveLength(1);
    expect(decoyHits).toEqual([]);
  });

  test('a webview never attaches', async () => {
    await page.evaluate(`(() => { const w = document.createElement('webview'); w.setAttribute('src', ${JSON.stringify(decoyUrl)}); document.body.append(w); })()`);
    const types = await app.evaluate(({ webContents }) => webContents.getAllWebContents().map((contents) => contents.getType()));
    expect(types).not.toContain('webview');
    expect(decoyHits).toEqual([]);
  });

  test('the guard covers every web contents, not only the main window', async () => {
    const result = await app.evaluate(async ({ BrowserWindow }, target) => {
      const other = new BrowserWindow({ show: false, webPreferences: { sandbox: true, contextIsolation: true } });
      await other.loadURL('app://copydesk/index.html');
      await other.webContents.executeJavaScript(`location.href = ${JSON.stringify(target)}`).catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 500));
      const url = other.webContents.getURL();
      const popup = await other.webContents.executeJavaScript(`window.open(${JSON.stringify(target)}) === null`);
      const windows = BrowserWindow.getAllWindows().length;
      other.destroy();
      return { url, popup, windows };
    }, 'file:///etc/hostname');
    expect(result).toEqual({ url: ENTRY, popup: true, windows: 2 });
    expect(decoyHits).toEqual([]);
  });

  test('the page cannot reach the network', async () => {
    const answer = await page.evaluate(`fetch(${JSON.stringify(decoyUrl)}).then(() => 'reached', () => 'blocked')`);
    expect(answer).toBe('blocked');
    expect(decoyHits).toEqual([]);
  });

  test('workspace.open from the page opens only a folder chosen before', async () => {
    const refused = await page.evaluate(`window.api['workspace.open']({ root: ${JSON.stringify(tmp)} })`);
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const reopened = await page.evaluate(`window.api['workspace.open']({ root: ${JSON.stringify(workspace)} })`);
    expect(reopened).toMatchObject({ ok: true });
  });

  test('cover images wait for consent, then come through main', async () => {
    const pair = new PairPage(page);
    await pair.open('src/content/blog/2026/01/norwegian-miner-converts-site-to-ai.uk.md', 'norwegian-miner-converts-site-to-ai.uk');
    const allow = pair.target.root.getByRole('button', { name: 'Load remote images for this folder' });
    await expect(allow).toBeVisible();
    await expect(pair.root.locator('img.image-preview')).toHaveCount(0);
    await allow.click();
    // Offline here, so the image may fail; either way it was asked of app://, not of the image host.
    const preview = pair.target.root.locator('img.image-preview, .image-preview--failed').first();
    await expect(preview).toBeVisible();
    const src = await pair.target.root.locator('img.image-preview').first().getAttribute('src').catch(() => null);
    if (src !== null) expect(src.startsWith('/api/remote-image?url=https%3A%2F%2Fimages.unsplash.com')).toBe(true);
    // Remembered per folder in the app's settings.
    const settings = JSON.parse(await readFile(path.join(tmp, 'data', 'settings.json'), 'utf8')) as { remoteContentFolders: string[] };
    expect(settings.remoteContentFolders).toEqual([await realpath(workspace)]);
  });
});
