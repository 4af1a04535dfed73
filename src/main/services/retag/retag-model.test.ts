import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createOperation, type RetagOperationInput } from '../../core/retag';
import { tempSite, type TempSite } from '../content-model/test-support/fixture-site';
import { Workspace } from '../workspace';
import { RetagService } from './retag-service';

/*
 * Bulk retag on the content-model fixture sites (temp copies, real SQLite,
 * the Astro config evaluated in its child process): each file's tag list
 * and category are the fields its collection's roles name, and a collection
 * without one has its files skipped with the reason, never written.
 * Expected bytes are the fixture files with the one edit written by hand.
 */

const opened: { ws: Workspace; site: TempSite }[] = [];
afterEach(async () => {
  for (const { ws, site } of opened.splice(0)) {
    await ws.close();
    await site.dispose();
  }
});

async function open(name: string | null, files: Record<string, string> = {}): Promise<{ ws: Workspace; root: string; service: RetagService }> {
  const site = await tempSite(name, files);
  const ws = Workspace.open({ root: site.root, dbPath: join(site.dataDir, 'index.db'), trusted: true, modelCacheDir: site.dataDir });
  opened.push({ ws, site });
  await ws.index();
  return { ws, root: site.root, service: new RetagService({ dataDir: site.dataDir }) };
}

/** Every file under `root` (site-relative path → text), to compare before and after. */
function snapshot(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const abs = join(dir, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else files.set(relative(root, abs), readFileSync(abs, 'utf8'));
    }
  };
  walk(root);
  return files;
}

/** The files whose text differs between two snapshots. */
function changedFiles(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...after].filter(([path, text]) => before.get(path) !== text).map(([path]) => path).sort();
}

async function planAll(service: RetagService, ws: Workspace, op: RetagOperationInput) {
  return service.plan(ws, { selection: { query: '' }, groups: false, operation: createOperation(op) });
}

const BLOG = 'src/content/blog/2026/01';
const DOCS = ['getting-started.en.md', 'getting-started.uk.md', 'style-guide.en.md', 'style-guide.uk.md'].map((name) => `src/content/docs/${name}`);
const DOCS_NO_TAGS = 'Collection "docs" has no tag list: name one under roles.tags in copydesk.config.json to edit it.';

describe('the newsroom: blog has tags and a category, docs has neither', () => {
  it('a rename changes the blog files carrying the tag, skips every docs file with the reason, and undo restores every byte', async () => {
    const { ws, root, service } = await open('astro-newsroom');
    const before = snapshot(root);
    const plan = await planAll(service, ws, { rename: [{ from: 'BITCOIN', to: 'BTC' }] });
    expect(plan.selected).toBe(15);
    expect(plan.summary.changed).toBe(5);
    // The blog files without BITCOIN: grid-pause, miner-hedging, numeric-id, no-category, source-without-key.
    expect(plan.summary.unchanged).toBe(5);
    expect(plan.summary.skipped).toEqual([
      { path: `${BLOG}/etf-outflows.pt.md`, reason: 'no-frontmatter', message: expect.any(String), line: 1 },
      ...DOCS.map((path) => ({ path, reason: 'no-tag-field', message: DOCS_NO_TAGS })),
    ]);

    const skipped = await service.preview(ws, { planId: plan.planId, status: 'skipped', offset: 0, limit: 50 });
    expect(skipped.total).toBe(5);
    expect(skipped.files.filter((file) => file.reason === 'no-tag-field').map((file) => file.path)).toEqual(DOCS);

    const result = await service.apply(ws, plan.planId);
    const after = snapshot(root);
    const changed = ['etf-outflows.en.md', 'etf-outflows.uk.md', 'halving-countdown.en.md', 'halving-countdown.pt.md', 'halving-countdown.uk.md'].map((name) => `${BLOG}/${name}`);
    expect([...result.changed].sort()).toEqual(changed);
    expect(changedFiles(before, after)).toEqual(changed);
    const edit = (path: string, from: string, to: string) => {
      expect(before.get(path)).toContain(from);
      expect(after.get(path)).toBe(before.get(path)?.replace(from, to));
    };
    edit(`${BLOG}/etf-outflows.en.md`, 'tags: [ETF, BITCOIN]\n', 'tags: [ETF, BTC]\n');
    edit(`${BLOG}/etf-outflows.uk.md`, 'tags: [ETF, BITCOIN]\n', 'tags: [ETF, BTC]\n');
    edit(`${BLOG}/halving-countdown.pt.md`, 'tags: [MINING, BITCOIN]\n', 'tags: [MINING, BTC]\n');
    edit(`${BLOG}/halving-countdown.en.md`, 'tags:\n  - MINING\n  - BITCOIN\n', 'tags:\n  - MINING\n  - BTC\n');
    edit(`${BLOG}/halving-countdown.uk.md`, 'tags:\n  - MINING\n  - BITCOIN\n', 'tags:\n  - MINING\n  - BTC\n');
    expect(ws.tags().tags.map((entry) => entry.tag)).toContain('BTC');

    const undone = await service.undo(ws, result.journalId);
    expect([...undone.restored].sort()).toEqual(changed);
    expect(snapshot(root)).toEqual(before);
  });

  it('setting the category skips docs (no category field) and writes only the blog files', async () => {
    const { ws, root, service } = await open('astro-newsroom');
    const before = snapshot(root);
    const paths = [`${BLOG}/grid-pause.en.md`, ...DOCS];
    const plan = await service.plan(ws, { selection: { paths }, groups: false, operation: createOperation({ category: 'MARKETS' }) });
    expect(plan.summary).toEqual({
      changed: 1,
      unchanged: 0,
      skipped: DOCS.map((path) => ({
        path,
        reason: 'no-category-field',
        message: 'Collection "docs" has no category field: name one under roles.category in copydesk.config.json to edit it.',
      })),
    });
    await service.apply(ws, plan.planId);
    const after = snapshot(root);
    expect(changedFiles(before, after)).toEqual([`${BLOG}/grid-pause.en.md`]);
    expect(after.get(`${BLOG}/grid-pause.en.md`)).toBe(before.get(`${BLOG}/grid-pause.en.md`)?.replace('category: POLICY\n', 'category: MARKETS\n'));
  });
});

describe('the Hugo site: YAML pages edited, TOML pages read but never written', () => {
  it('a rename changes the YAML pages with the tag; TOML pages that carry it are skipped as not YAML, the rest unchanged', async () => {
    const { ws, root, service } = await open('hugo-site');
    const before = snapshot(root);
    const plan = await planAll(service, ws, { rename: [{ from: 'astronomy', to: 'stargazing' }] });
    // first-light.de.md is YAML; first-light.md and first-light.uk.md carry the tag in TOML.
    expect(plan.summary.changed).toBe(1);
    expect(plan.summary.skipped.map(({ path, reason }) => ({ path, reason }))).toEqual([
      { path: 'content/posts/first-light.md', reason: 'not-yaml' },
      { path: 'content/posts/first-light.uk.md', reason: 'not-yaml' },
    ]);
    expect(plan.summary.unchanged).toBe(plan.selected - 3);
    await service.apply(ws, plan.planId);
    const after = snapshot(root);
    expect(changedFiles(before, after)).toEqual(['content/posts/first-light.de.md']);
    expect(after.get('content/posts/first-light.de.md')).toBe(
      before.get('content/posts/first-light.de.md')?.replace('tags: [astronomy, camera]', 'tags: [stargazing, camera]'),
    );
  });
});

describe('other field names, from the roles', () => {
  it('config-site: the category is `section` in articles; the tag list is `tags` in notes only', async () => {
    const { ws, root, service } = await open('config-site');
    const before = snapshot(root);
    const tagged = await planAll(service, ws, { add: ['tide'] });
    expect(tagged.summary.changed).toBe(1);
    expect(tagged.summary.skipped.map(({ path, reason }) => ({ path, reason }))).toEqual(
      ['articles/en/ferry.md', 'articles/en/tides.md', 'articles/fr/marees.md'].map((path) => ({ path, reason: 'no-tag-field' })),
    );

    const sectioned = await service.plan(ws, { selection: { paths: ['articles/en/tides.md', 'notes/reading-list.md'] }, groups: false, operation: createOperation({ category: 'opinion' }) });
    expect(sectioned.summary.skipped).toEqual([
      {
        path: 'notes/reading-list.md',
        reason: 'no-category-field',
        message: 'Collection "notes" has no category field: name one under roles.category in copydesk.config.json to edit it.',
      },
    ]);
    await service.apply(ws, sectioned.planId);
    const after = snapshot(root);
    expect(changedFiles(before, after)).toEqual(['articles/en/tides.md']);
    expect(after.get('articles/en/tides.md')).toBe(before.get('articles/en/tides.md')?.replace('section: news\n', 'section: opinion\n'));
  });

  it('a site whose list is `keywords` (roles.tags from the config): retag edits keywords and leaves a `tags` key alone', async () => {
    const page = (title: string, keywords: string) => `---\ntitle: ${title}\nkeywords: [${keywords}]\ntags: [weather]\n---\nBody of ${title}.\n`;
    const config = { collections: [{ name: 'posts', root: 'posts', roles: { tags: 'keywords' } }] };
    const { ws, root, service } = await open(null, {
      'copydesk.config.json': JSON.stringify(config),
      'posts/cold.md': page('Cold', 'weather, night'),
      'posts/warm.md': page('Warm', 'sun'),
    });
    expect((await ws.contentModel()).collections[0]?.roles.tags).toBe('keywords');
    const before = snapshot(root);
    const plan = await planAll(service, ws, { rename: [{ from: 'weather', to: 'climate' }] });
    expect(plan.summary).toEqual({ changed: 1, unchanged: 1, skipped: [] });
    const result = await service.apply(ws, plan.planId);
    expect(snapshot(root).get('posts/cold.md')).toBe(page('Cold', 'climate, night'));
    expect(changedFiles(before, snapshot(root))).toEqual(['posts/cold.md']);
    await service.undo(ws, result.journalId);
    expect(snapshot(root)).toEqual(before);
  });
});
