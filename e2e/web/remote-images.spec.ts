import { mkdtemp, readFile, readdir, rm, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { IMAGE_HOST_CERT, startImageHost, type ImageHost } from '../fixtures/image-host';
import { watchPageErrors } from '../fixtures/page-errors';
import { SAMPLE_CORPUS, startServer, type CopydeskServer } from '../fixtures/serve';
import { LibraryPage } from '../pages/library-page';
import { PairPage } from '../pages/pair-page';

/*
 * Cover images are remote: loading one tells its host the reader's address.
 * The sample corpus's cover URLs are pointed at a local https host that
 * records what it is asked for; nothing may reach it until the person
 * clicks "Load remote images for this folder".
 */

const NORWEGIAN_UK = 'src/content/blog/2026/01/norwegian-miner-converts-site-to-ai.uk.md';

let host: ImageHost;
let server: CopydeskServer;
let corpus: string;

test.beforeAll(async () => {
  host = await startImageHost();
  corpus = await mkdtemp(path.join(tmpdir(), 'copydesk-remote-images-'));
  await cp(SAMPLE_CORPUS, corpus, { recursive: true });
  for (const entry of await readdir(corpus, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.md')) continue;
    const file = path.join(entry.parentPath, entry.name);
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replaceAll('https://images.unsplash.com/', `${host.origin}/`));
  }
  server = await startServer(corpus, { env: { NODE_EXTRA_CA_CERTS: IMAGE_HOST_CERT } });
});

test.afterAll(async () => {
  await server?.stop();
  await host?.close();
  await rm(corpus, { recursive: true, force: true });
});

/** Appends an <img> pointing straight at the host and resolves with the CSP directive that blocked it (or 'loaded'). */
const DIRECT_IMAGE = (src: string): string => `new Promise((resolve) => {
  const img = document.createElement('img');
  document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true });
  img.onload = () => resolve('loaded');
  img.src = ${JSON.stringify(src)};
  document.body.append(img);
})`;

test('a remote cover image is not requested until remote images are allowed for the folder', async ({ page }) => {
  const pageErrors = watchPageErrors(page, { expected: (message) => message.text().includes('/direct') && message.text().includes('Content Security Policy') });
  // What the page asked for, except the deliberate direct probes (Playwright reports those even though the CSP stops them).
  const pageRequests: string[] = [];
  page.on('request', (request) => void (request.url().includes('/direct-') || pageRequests.push(request.url())));
  const lib = new LibraryPage(page);
  const pair = new PairPage(page);
  await page.goto(server.url);
  await lib.waitForIndex();

  await pair.open(NORWEGIAN_UK, 'norwegian-miner-converts-site-to-ai.uk');
  await pair.target.waitForEditor();
  const allow = pair.target.root.getByRole('button', { name: 'Load remote images for this folder' });
  await expect(allow).toBeVisible();
  await expect(pair.root.locator('img.image-preview')).toHaveCount(0);

  // The CSP itself refuses a remote image, whatever the page's code does.
  expect(await page.evaluate(DIRECT_IMAGE(`${host.origin}/direct-before.png`))).toBe('img-src');
  expect(host.requested).toEqual([]);
  expect(pageRequests.filter((url) => url.startsWith(host.origin) || url.includes('/api/remote-image'))).toEqual([]);

  await allow.click();
  const thumbnail = pair.target.root.locator('img.image-preview');
  await expect(thumbnail).toBeVisible();
  await expect.poll(() => thumbnail.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth)).toBe(1);
  await expect(pair.source.root.getByRole('button', { name: 'Load remote images for this folder' })).toHaveCount(0);
  expect(host.requested.some((url) => url.startsWith('/photo-1513519245088-0e12902e5a38?') && url.includes('w=200'))).toBe(true);
  expect(pageRequests.some((url) => url.startsWith(`${server.origin}/api/remote-image?`))).toBe(true);
  // Still only through main's proxy: the page never talks to the host itself.
  expect(pageRequests.filter((url) => url.startsWith(host.origin))).toEqual([]);
  expect(await page.evaluate(DIRECT_IMAGE(`${host.origin}/direct-after.png`))).toBe('img-src');
  expect(host.requested.filter((url) => url.startsWith('/direct'))).toEqual([]);

  // The decision holds for the folder (for this run of copydesk serve), across a reload.
  await page.reload();
  await lib.waitForIndex();
  await pair.open(NORWEGIAN_UK, 'norwegian-miner-converts-site-to-ai.uk');
  await expect(pair.target.root.locator('img.image-preview')).toBeVisible();
  expect(pageErrors).toEqual([]);
});
