import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import type { ElectronApplication, Page } from '@playwright/test';
import { REPO_ROOT, SAMPLE_CORPUS } from '../fixtures/serve';
import { LibraryPage } from '../pages/library-page';
import { PairPage } from '../pages/pair-page';

/** Where `electron` would put its binary (read directly: `require('electron')` downloads when it is missing). */
function electronBinary(): string | null {
  const dir = path.join(REPO_ROOT, 'node_modules/electron');
  const pathFile = path.join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();
const SKIP_REASON = 'Electron binary not downloaded (npm start fetches it from GitHub on first use, which this machine cannot reach); the attributes the checker reads are tested in e2e/web/preview.spec.ts';

const NORWEGIAN_UK = 'src/content/blog/2026/01/norwegian-miner-converts-site-to-ai.uk.md';
const NORWEGIAN_PT = 'src/content/blog/2026/01/norwegian-miner-converts-site-to-ai.pt.md';

test.describe('desktop spell checker', () => {
  test.skip(binary === null, SKIP_REASON);

  let app: ElectronApplication;
  let page: Page;
  let tmp: string;

  test.beforeAll(async () => {
    tmp = await mkdtemp(path.join(tmpdir(), 'copydesk-electron-spell-'));
    const workspace = path.join(tmp, 'articles');
    await cp(SAMPLE_CORPUS, workspace, { recursive: true });
    app = await electron.launch({
      executablePath: binary ?? undefined,
      args: [path.join(REPO_ROOT, 'out/main/index.js'), '--no-sandbox', workspace],
      env: { ...process.env, COPYDESK_DATA_DIR: path.join(tmp, 'data') },
      cwd: REPO_ROOT,
    });
    page = await app.firstWindow();
    await new LibraryPage(page).waitForIndex();
  });

  test.afterAll(async () => {
    await app?.close();
    await rm(tmp, { recursive: true, force: true });
  });

  const sessionLanguages = () => app.evaluate(({ session }) => session.defaultSession.getSpellCheckerLanguages());
  const available = () => app.evaluate(({ session }) => session.defaultSession.availableSpellCheckerLanguages);

  test('the window checks spelling at all', async () => {
    const enabled = await app.evaluate(({ session }) => session.defaultSession.isSpellCheckerEnabled());
    expect(enabled).toBe(true);
  });

  test('the session’s dictionaries follow the open articles', async () => {
    test.skip(process.platform === 'darwin', 'macOS checks with the system’s languages; Electron ignores the list there');
    const pair = new PairPage(page);
    await pair.open(NORWEGIAN_UK);
    const has = await available();
    const expected = [has.includes('en-US') ? 'en-US' : has.find((code) => code.startsWith('en')), has.includes('uk') ? 'uk' : undefined].filter(Boolean);
    await expect.poll(sessionLanguages).toEqual(expected);
    // Another translation: Portuguese maps to a regional dictionary.
    await pair.languages.getByRole('button', { name: /PT/ }).click();
    await expect(pair.target.root).toHaveAttribute('data-path', NORWEGIAN_PT);
    const pt = has.includes('pt-BR') ? 'pt-BR' : has.includes('pt-PT') ? 'pt-PT' : undefined;
    await expect.poll(sessionLanguages).toEqual([expected[0], pt].filter(Boolean));
  });

  test('a misspelled word’s context menu offers suggestions and Add to Dictionary', async () => {
    const pair = new PairPage(page);
    await pair.open(NORWEGIAN_UK);
    // The menu is native: read the template the shell builds by sending the event Electron would.
    const labels = await app.evaluate(({ BrowserWindow, Menu }) => {
      const win = BrowserWindow.getAllWindows()[0];
      if (!win) throw new Error('no window');
      const built: string[] = [];
      const original = Menu.buildFromTemplate;
      Menu.buildFromTemplate = (template) => {
        for (const item of template) built.push(item.label ?? item.role ?? item.type ?? '?');
        return original.call(Menu, []);
      };
      try {
        win.webContents.emit(
          'context-menu',
          { preventDefault: () => undefined },
          { misspelledWord: 'teh', dictionarySuggestions: ['the', 'ten'], isEditable: true, selectionText: 'teh', editFlags: { canCut: true, canCopy: true, canPaste: true, canSelectAll: true } },
        );
      } finally {
        Menu.buildFromTemplate = original;
      }
      return built;
    });
    expect(labels).toEqual(['the', 'ten', 'separator', 'Add “teh” to Dictionary', 'separator', 'cut', 'copy', 'paste', 'separator', 'selectAll']);
  });
});
