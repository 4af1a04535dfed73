import { describe, expect, it } from 'vitest';
import { modelCollection } from './test-support/model-collection';
import type { ContentModel, ModelCollection } from './content-model';
import { collectionFor } from './collection-for';

const collection = (name: string, root: string, include: string[]): ModelCollection => modelCollection({ name, root, include });

const model: ContentModel = {
  version: 2,
  collections: [collection('blog', 'src/content/blog', ['**/*.{md,mdx}']), collection('docs', 'src/content/docs', ['**/*.md']), collection('rest', '.', ['**/*.md'])],
  ignore: ['drafts/**'],
  ignored: { total: 0, gitignore: 0, config: 0, build: 0, outside: 0 },
  notes: [],
  trusted: true,
};

describe('collectionFor', () => {
  const cases = [
    { path: 'src/content/blog/2026/01/a.en.md', name: 'blog' },
    { path: 'src/content/blog/a.mdx', name: 'blog' },
    { path: 'src/content/docs/a.mdx', name: null },
    { path: 'src/content/docs/guide.uk.md', name: 'docs' },
    { path: 'src/content/blogroll/a.md', name: 'rest' },
    { path: 'README.md', name: 'rest' },
    { path: 'drafts/x.md', name: null },
    { path: 'notes.txt', name: null },
  ];
  it.each(cases)('$path → $name', ({ path, name }) => {
    expect(collectionFor(model, path)?.name ?? null).toBe(name);
  });
});
