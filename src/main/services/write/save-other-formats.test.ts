import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempSite, type TempSite } from '../content-model/test-support/fixture-site';
import { Workspace } from '../workspace';
import { saveArticle } from './save-article';

/*
 * TOML (`+++`) frontmatter on a Hugo site: the source editor's text is saved
 * as typed (never parsed as YAML, never given a YAML updatedAt), validated
 * by reading the TOML, and indexed with its title.
 */

const sha = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');
const POST = 'content/posts/first-light.md';

let site: TempSite;
let ws: Workspace;
beforeEach(async () => {
  site = await tempSite('hugo-site');
  ws = Workspace.open({ root: site.root, dbPath: join(site.dataDir, 'index.db'), modelCacheDir: null });
  await ws.index();
});
afterEach(async () => {
  await ws.close();
  await site.dispose();
});

describe('saving TOML frontmatter', () => {
  it('indexes the TOML files with their titles and the site default language for name.md', async () => {
    const page = ws.queryArticles({ query: '', sort: 'title', offset: 0, limit: 50 });
    expect(page.rows.map((item) => [item.path, item.title, item.lang]).sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual([
      ['content/_index.md', 'Field Notes', 'en'],
      ['content/_index.uk.md', 'Польові нотатки', 'uk'],
      ['content/about/index.md', 'About', 'en'],
      ['content/about/index.uk.md', 'Про нас', 'uk'],
      ['content/posts/cold-nights.de.md', 'Kalte Nächte', 'de'],
      ['content/posts/cold-nights.md', 'Cold nights', 'en'],
      ['content/posts/first-light.de.md', 'Erstes Licht', 'de'],
      ['content/posts/first-light.md', 'First light', 'en'],
      ['content/posts/first-light.uk.md', 'Перше світло', 'uk'],
    ]);
    expect(ws.status()).toMatchObject({ files: 9, invalid: 0 });
  });

  it('writes the typed bytes, touchUpdatedAt or not, and the index shows the new title', async () => {
    const before = readFileSync(join(site.root, POST), 'utf8');
    const typed = before.replace("title = 'First light'", "title = 'First light, again'  # edited\nupdatedAt = 2026-01-01");
    const saved = await saveArticle(ws, { path: POST, text: typed, baseHash: sha(before), force: false, touchUpdatedAt: true });
    expect(saved).toMatchObject({ written: true, text: typed });
    expect(readFileSync(join(site.root, POST), 'utf8')).toBe(typed);
    const page = ws.queryArticles({ query: 'again', sort: 'title', offset: 0, limit: 5 });
    expect(page.rows.map((item) => item.title)).toEqual(['First light, again']);
  });

  it('refuses TOML that does not parse, naming the format, and leaves the file alone', async () => {
    const before = readFileSync(join(site.root, POST), 'utf8');
    await expect(
      saveArticle(ws, { path: POST, text: before.replace("title = 'First light'", 'title = '), baseHash: sha(before), force: false, touchUpdatedAt: false }),
    ).rejects.toMatchObject({ code: 'invalid-article', issues: [{ code: 'yaml-syntax', message: expect.stringMatching(/^TOML syntax error/) }] });
    expect(readFileSync(join(site.root, POST), 'utf8')).toBe(before);
  });
});
