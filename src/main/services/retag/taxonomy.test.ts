import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempSite, type TempSite } from '../content-model/test-support/fixture-site';
import { Workspace } from '../workspace';
import { listTaxonomy } from './taxonomy';

/*
 * The taxonomy on the content-model fixture sites (temp copies, real SQLite):
 * rows for the collections' tag list and category roles, and those fields'
 * names for the labels. Counts read off the fixtures by hand.
 */

const opened: { ws: Workspace; site: TempSite }[] = [];
afterEach(async () => {
  for (const { ws, site } of opened.splice(0)) {
    await ws.close();
    await site.dispose();
  }
});

async function open(name: string | null, files: Record<string, string> = {}): Promise<Workspace> {
  const site = await tempSite(name, files);
  const ws = Workspace.open({ root: site.root, dbPath: join(site.dataDir, 'index.db'), trusted: true, modelCacheDir: site.dataDir });
  opened.push({ ws, site });
  await ws.index();
  return ws;
}

describe('listTaxonomy', () => {
  it('the newsroom: the blog’s tags and categories (valid files only), named by its fields', async () => {
    const taxonomy = await listTaxonomy(await open('astro-newsroom'), { matchCase: 'insensitive' });
    expect(taxonomy.fields).toEqual({ tags: ['tags'], category: ['category'] });
    expect(taxonomy.tags.map((row) => [row.key, row.total, row.byLang])).toEqual([
      ['bitcoin', 5, { en: 2, uk: 2, pt: 1 }],
      ['mining', 3, { en: 1, uk: 1, pt: 1 }],
      ['etf', 2, { en: 1, uk: 1 }],
    ]);
    expect(taxonomy.categories.map((row) => [row.category, row.total])).toEqual([
      ['MINING', 4],
      ['ETF', 2],
      ['POLICY', 1],
    ]);
  });

  it('a site whose collections have no tag list or category lists none, and says so by empty fields', async () => {
    const taxonomy = await listTaxonomy(await open('starlight-site'), { matchCase: 'insensitive' });
    expect(taxonomy).toEqual({ fields: { tags: [], category: [] }, tags: [], categories: [] });
  });

  it('config-site: the category field is `section`, the tag list `tags` (notes only)', async () => {
    const taxonomy = await listTaxonomy(await open('config-site'), { matchCase: 'exact' });
    expect(taxonomy.fields).toEqual({ tags: ['tags'], category: ['section'] });
    expect(taxonomy.tags.map((row) => [row.key, row.total])).toEqual([
      ['books', 1],
      ['sea', 1],
    ]);
  });

  it('collections that name their list differently give both names', async () => {
    const config = {
      collections: [
        { name: 'posts', root: 'posts', roles: { tags: 'keywords' } },
        { name: 'blog', root: 'blog' },
      ],
    };
    const taxonomy = await listTaxonomy(
      await open(null, {
        'copydesk.config.json': JSON.stringify(config),
        'posts/cold.md': '---\ntitle: Cold\nkeywords: [weather]\n---\nBody.\n',
        'blog/warm.md': '---\ntitle: Warm\ntags: [sun]\n---\nBody.\n',
      }),
      { matchCase: 'exact' },
    );
    expect(taxonomy.fields).toEqual({ tags: ['keywords', 'tags'], category: [] });
  });
});
