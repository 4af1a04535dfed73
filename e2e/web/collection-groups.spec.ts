import path from 'node:path';
import { REPO_ROOT, expect, startServer, test, type CopydeskServer } from '../fixtures/serve';
import { watchPageErrors } from '../fixtures/page-errors';
import { LibraryPage, SCREENSHOT_DIR } from '../pages/library-page';
import { PairPage } from '../pages/pair-page';

/*
 * Translation groups come from each collection's own pairing rule, and the
 * library lists the collections. Two fixture sites, served by `copydesk
 * serve`: the Starlight site (one collection, a folder per locale), whose
 * Ukrainian page opens beside the root-locale original; and the newsroom
 * (a blog paired by key, docs paired by file name), whose collection facet
 * filters the list.
 */

const FIXTURES = path.join(REPO_ROOT, 'src/main/services/content-model/__fixtures__');

let pageErrors: string[];
// Two sites in one file: each test starts its own server (a file's `corpus` option is one site).
let site: CopydeskServer | null = null;

test.beforeEach(({ page }) => {
  pageErrors = watchPageErrors(page, { failedResponses: true });
});
test.afterEach(async () => {
  await site?.stop();
  site = null;
  expect(pageErrors).toEqual([]);
});

test.describe('a Starlight site paired by locale folder', () => {
  test('a Ukrainian page opens beside its root-locale original; one collection, so no collection facet', async ({ page }) => {
    site = await startServer(path.join(FIXTURES, 'starlight-site'));
    const lib = new LibraryPage(page);
    const pair = new PairPage(page);
    await page.goto(site.url);
    await lib.waitForIndex();
    await expect(lib.filters.getByRole('region', { name: 'Language' })).toBeVisible();
    await expect(lib.filters.getByRole('region', { name: 'Collection' })).toHaveCount(0);

    await pair.open('src/content/docs/uk/guides/install.md', 'Встановлення');
    await expect(pair.source.root).toHaveAttribute('data-path', 'src/content/docs/guides/install.md');
    await expect(pair.target.root).toHaveAttribute('data-path', 'src/content/docs/uk/guides/install.md');
    await pair.source.waitForEditor();
    await pair.target.waitForEditor();
    await expect(pair.source.content).toContainText('Run `npm install widget`.');
    await expect(pair.target.content).toContainText('Виконайте `npm install widget`.');
    // The group's languages: the root locale (en), pt-br and uk.
    await expect(pair.languages.getByRole('button')).toHaveText([/pt-br/i, /uk/i]);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'collections-starlight-pair.png') });
  });
});

test.describe('an Astro site with two collections', () => {
  test('the collection facet counts each collection and filters the list; a docs page pairs by file name', async ({ page }) => {
    site = await startServer(path.join(FIXTURES, 'astro-newsroom'));
    const lib = new LibraryPage(page);
    const pair = new PairPage(page);
    await page.goto(site.url);
    await lib.waitForIndex();
    const collections = lib.filters.getByRole('region', { name: 'Collection' });
    await expect(collections.getByRole('button')).toHaveText([/blog\s*11/, /docs\s*4/]);

    await lib.facet('Collection', 'docs').click();
    await expect(lib.search).toHaveValue('collection:docs');
    await expect(lib.rows).toHaveCount(4);
    await expect(lib.facet('Collection', 'docs')).toHaveAttribute('aria-pressed', 'true');
    // The docs have no category field: no category facet for them.
    await expect(lib.filters.getByRole('region', { name: 'Category' })).toHaveCount(0);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'collections-newsroom-facet.png') });

    await pair.open('src/content/docs/getting-started.uk.md', 'Початок роботи');
    await expect(pair.source.root).toHaveAttribute('data-path', 'src/content/docs/getting-started.en.md');
    await expect(pair.target.root).toHaveAttribute('data-path', 'src/content/docs/getting-started.uk.md');
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'collections-newsroom-docs.png') });
  });
});
