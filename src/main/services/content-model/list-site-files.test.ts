import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listSiteFiles } from './list-site-files';

/* The model's listing of a site: what it holds is also checked by every load-content-model test. */

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'copydesk-list-'));
  const files: Record<string, string> = {
    '.gitignore': 'drafts-local/\n*.tmp.md\n',
    'README.md': '# site\n',
    'notes.tmp.md': 'scratch\n',
    'drafts-local/idea.md': 'idea\n',
    'drafts-local/deeper/more.md': 'more\n',
    'dist/index.md': 'built\n',
    'node_modules/pkg/readme.md': 'dependency\n',
    '.astro/cache.md': 'hidden\n',
    'src/content/blog/a.md': '---\ntitle: a\n---\n',
    'src/content/blog/b.mdx': '---\ntitle: b\n---\n',
    'src/content/blog/image.png': '',
  };
  for (let i = 0; i < 200; i++) files[`src/content/blog/2026/${String(i % 12).padStart(2, '0')}/post-${i}.en.md`] = '---\ntitle: t\n---\n';
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), text);
  }
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('listSiteFiles', () => {
  it('lists Markdown files sorted and counts what each rule skipped', async () => {
    const listing = await listSiteFiles(root, ['src/content/blog/2026/11/**']);
    const posts = Array.from({ length: 200 }, (_, i) => i)
      .filter((i) => i % 12 !== 11)
      .map((i) => `src/content/blog/2026/${String(i % 12).padStart(2, '0')}/post-${i}.en.md`);
    expect(listing.files).toEqual(['README.md', 'src/content/blog/a.md', 'src/content/blog/b.mdx', ...posts].sort());
    // node_modules and dot-folders are never entered, so never counted; 16 posts are in month 11.
    expect(listing.ignored).toEqual({ gitignore: 3, config: 16, build: 1 });
  });

  it('lets the thread answer other calls while it walks (the model loads on the thread that serves the window)', async () => {
    let turns = 0;
    let walking = true;
    const spin = (): void => {
      if (!walking) return;
      turns++;
      setImmediate(spin);
    };
    setImmediate(spin);
    const listing = await listSiteFiles(root);
    walking = false;
    expect(listing.files).toHaveLength(203);
    expect(turns).toBeGreaterThan(0);
  });
});
