import { describe, expect, it } from 'vitest';
import { describeCollection, type CollectionInput } from './describe-collection';
import type { ModelFile } from './model-file';

const file = (path: string, data: Record<string, unknown> | null): ModelFile => ({ path, data });
const keyed = [
  file('a.md', { id: '1', lang: 'uk', title: 'А', tags: ['x'] }),
  file('a-en.md', { id: '1', lang: 'en', title: 'A', tags: ['x'], from: '1' }),
  file('b.md', { id: '2', lang: 'uk', title: 'Б', tags: ['y'] }),
  file('b-en.md', { id: '2', lang: 'en', title: 'B', tags: ['y'], from: '2' }),
];
const base = (overrides: Partial<CollectionInput>): CollectionInput => ({ name: 'c', root: 'c', include: ['**/*.md'], files: keyed, schema: null, site: {}, ...overrides });

describe('describeCollection: the source language', () => {
  const cases = [
    { name: 'config first', input: base({ site: { configSource: 'de', declared: { language: 'en', file: 'hugo.toml' } } }), language: 'de', from: 'config' },
    { name: 'pairing data over the declared default', input: base({ site: { declared: { language: 'en', file: 'astro.config.mjs' } } }), language: 'uk', from: 'translated-from' },
    {
      name: "another collection's pairing data over the declared default",
      input: base({ files: [file('x.en.md', {}), file('x.uk.md', {})], site: { declared: { language: 'uk', file: 'astro.config.mjs' } }, siteEvidence: { language: 'en', collection: 'blog' } }),
      language: 'en',
      from: 'translated-from',
    },
    { name: 'declared default', input: base({ files: [file('x.md', {}), file('x.uk.md', {})], site: { declared: { language: 'uk', file: 'hugo.toml' } } }), language: 'uk', from: 'site-default' },
    { name: 'most files', input: base({ files: [file('x.de.md', {}), file('y.de.md', {}), file('x.fr.md', {})] }), language: 'de', from: 'most-files' },
    {
      name: 'suffixes: the language of the files without one, not the alphabetically first of a tie',
      input: base({ files: [file('x.md', { lang: 'en' }), file('x.de.md', { lang: 'de' })] }),
      language: 'en',
      from: 'most-files',
    },
  ];
  it.each(cases)('$name → $language ($from)', ({ input, language, from }) => {
    const { collection } = describeCollection(input);
    expect([collection.sourceLanguage, collection.sourceLanguageFrom]).toEqual([language, from]);
  });
});

describe('describeCollection: fields and pairing', () => {
  it('infers shared and translatable fields from the groups, leaving out the language and translated-from fields', () => {
    const { collection } = describeCollection(base({}));
    expect(collection.pairing).toMatchObject({ by: 'key', key: 'id', translatedFrom: 'from', from: 'detected' });
    expect(collection.fields).toEqual({ shared: ['id', 'tags'], translatable: ['title'], from: 'inferred' });
    expect(collection.languages).toEqual(['en', 'uk']);
    expect(collection.schema.source).toBe('inferred');
  });

  it('config settings win over detection', () => {
    const { collection } = describeCollection(base({ settings: { pairing: { by: 'none' }, shared: ['tags'], languages: ['en', 'uk', 'pl'] } }));
    expect(collection.pairing).toEqual({ by: 'none', from: 'config' });
    expect(collection.fields).toEqual({ shared: ['tags'], translatable: [], from: 'config' });
    expect(collection.languages).toEqual(['en', 'pl', 'uk']);
  });
});
