import { describe, expect, it } from 'vitest';
import { modelCollection } from './test-support/model-collection';
import type { FieldRoles, ModelCollection } from './content-model';
import { roleFieldNames } from './role-fields';

const collection = (name: string, roles: FieldRoles, files = 3): ModelCollection =>
  modelCollection({ name, root: name, files, schema: { source: 'inferred', json: { type: 'object' } }, languages: ['en'], roles });

describe('roleFieldNames', () => {
  const cases: { name: string; collections: ModelCollection[]; tags: string[]; category: string[] }[] = [
    { name: 'a blog and docs without either', collections: [collection('blog', { tags: 'tags', category: 'category' }), collection('docs', {})], tags: ['tags'], category: ['category'] },
    { name: 'collections that agree give one name', collections: [collection('a', { tags: 'tags' }), collection('b', { tags: 'tags' })], tags: ['tags'], category: [] },
    { name: 'collections that disagree give each, in model order', collections: [collection('posts', { tags: 'keywords' }), collection('blog', { tags: 'tags', category: 'section' })], tags: ['keywords', 'tags'], category: ['section'] },
    { name: 'an empty collection does not count', collections: [collection('a', { tags: 'tags' }), collection('b', { tags: 'labels' }, 0)], tags: ['tags'], category: [] },
    { name: 'no collections', collections: [], tags: [], category: [] },
  ];
  it.each(cases)('$name', ({ collections, tags, category }) => {
    expect(roleFieldNames({ collections }, 'tags')).toEqual(tags);
    expect(roleFieldNames({ collections }, 'category')).toEqual(category);
  });
});
