import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SkipRules } from './skip-rules';

/* The one "is this path skipped" answer the model's listing, the scanner and the watcher share. */

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'copydesk-skip-'));
  await writeFile(join(root, '.gitignore'), 'drafts-local/\n*.tmp.md\n');
  await mkdir(join(root, 'content', 'notes'), { recursive: true });
  await writeFile(join(root, 'content', 'notes', '.gitignore'), 'private.md\n');
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('SkipRules', () => {
  const cases: { path: string; directory: boolean; entry: string | null; path_?: string | null }[] = [
    { path: 'node_modules', directory: true, entry: 'never' },
    { path: 'src/node_modules', directory: true, entry: 'never' },
    { path: '.git', directory: true, entry: 'never' },
    { path: 'src/.astro', directory: true, entry: 'never' },
    { path: 'dist', directory: true, entry: 'build' },
    { path: 'public', directory: true, entry: 'build' },
    // Only at the root: a section called `build` inside the content is content.
    { path: 'content/build', directory: true, entry: null },
    { path: 'drafts-local', directory: true, entry: 'gitignore' },
    { path: 'content/a.tmp.md', directory: false, entry: 'gitignore' },
    // A nested .gitignore judges paths relative to its own folder.
    { path: 'content/notes/private.md', directory: false, entry: 'gitignore' },
    { path: 'content/private.md', directory: false, entry: null },
    { path: 'content/archive/2019/old.md', directory: false, entry: 'config' },
    { path: 'content/archive', directory: true, entry: null },
    // Hugo's section pages are content.
    { path: 'content/_index.md', directory: false, entry: null },
    { path: 'content/posts/_index.uk.md', directory: false, entry: null },
  ];
  it.each(cases)('$path (directory: $directory) → $entry', ({ path, directory, entry }) => {
    expect(new SkipRules(root, ['content/archive/2019/**']).entry(path, directory)).toBe(entry);
  });

  it('path() judges the folders above too, as a watcher event needs', () => {
    const rules = new SkipRules(root, []);
    expect(rules.entry('dist/index.md', false)).toBeNull();
    expect(rules.path('dist/index.md', false)).toBe('build');
    expect(rules.path('drafts-local/idea.md', false)).toBe('gitignore');
    expect(rules.path('src/.astro/collections/blog.md', false)).toBe('never');
    expect(rules.path('content/posts/first-light.md', false)).toBeNull();
  });

  it('forget() drops what a walk learnt: the same answers after, from the .gitignore files read again', async () => {
    const rules = new SkipRules(root, []);
    expect(rules.entry('content/notes/private.md', false)).toBe('gitignore');
    expect(rules.entry('content/notes/public.md', false)).toBeNull();
    await writeFile(join(root, 'content', 'notes', '.gitignore'), 'private.md\npublic.md\n');
    try {
      // Until forgotten, the file as it was read.
      expect(rules.entry('content/notes/public.md', false)).toBeNull();
      rules.forget();
      expect(rules.entry('content/notes/private.md', false)).toBe('gitignore');
      expect(rules.entry('content/notes/public.md', false)).toBe('gitignore');
    } finally {
      await writeFile(join(root, 'content', 'notes', '.gitignore'), 'private.md\n');
    }
  });
});
