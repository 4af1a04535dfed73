import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import type { ElectronApplication } from '@playwright/test';
import { ELECTRON_SKIP_REASON as SKIP_REASON, MAIN_BUNDLE, electronBinary } from '../fixtures/electron-app';
import { SAMPLE_CORPUS, REPO_ROOT } from '../fixtures/serve';
import { LibraryPage } from '../pages/library-page';
import { filterLanguageByFacet, navigateByKeyboard, reviewProblems, searchFreeText } from '../pages/library-flows';

const binary = electronBinary();
if (binary === null) console.log(`[e2e/electron] skipped: ${SKIP_REASON}`);

test.describe('desktop app', () => {
  test.skip(binary === null, SKIP_REASON);

  let app: ElectronApplication;
  let lib: LibraryPage;
  let tmp: string;

  test.beforeAll(async () => {
    tmp = await mkdtemp(path.join(tmpdir(), 'copydesk-electron-'));
    const workspace = path.join(tmp, 'articles');
    await cp(SAMPLE_CORPUS, workspace, { recursive: true });
    app = await electron.launch({
      executablePath: binary ?? undefined,
      args: [MAIN_BUNDLE, '--no-sandbox', workspace],
      env: { ...process.env, COPYDESK_DATA_DIR: path.join(tmp, 'data') },
      cwd: REPO_ROOT,
    });
    lib = new LibraryPage(await app.firstWindow());
    await lib.waitForIndex();
  });

  test.afterAll(async () => {
    await app?.close();
    await rm(tmp, { recursive: true, force: true });
  });

  test('exposes only window.api to the page', async () => {
    // tsconfig.node has no DOM types: read the page's globals through globalThis.
    const exposed = await lib.page.evaluate(() => {
      const page = globalThis as { api?: unknown; require?: unknown; process?: unknown };
      return { api: typeof page.api, require: typeof page.require, process: typeof page.process };
    });
    expect(exposed).toEqual({ api: 'object', require: 'undefined', process: 'undefined' });
  });

  test('searches', async () => searchFreeText(lib));
  test('filters by language', async () => filterLanguageByFacet(lib));
  test('reports problems', async () => reviewProblems(lib));
  test('works from the keyboard', async () => navigateByKeyboard(lib));
});
