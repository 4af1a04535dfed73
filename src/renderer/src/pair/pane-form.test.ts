import { describe, expect, it } from 'vitest';
import type { ContentModel, ModelCollection } from '@shared/model/content-model';
import fixtures from '@shared/schema/__fixtures__/collection-forms.json';
import { paneForm } from './pane-form';

/** The newsroom fixture site's two collections, where `loadContentModel` puts them. */
const collection = (name: 'blog' | 'docs', root: string): ModelCollection => ({
  ...(fixtures[`astro-newsroom/${name}`] as unknown as Pick<ModelCollection, 'schema' | 'roles' | 'fields'>),
  name,
  root,
  include: ['**/*.md'],
  files: 0,
  pairing: { by: 'none', from: 'detected' },
  defaultLanguage: 'uk',
  languages: ['en', 'uk'],
  sourceLanguage: 'en',
  sourceLanguageFrom: 'translated-from',
});

const model: ContentModel = {
  version: 2,
  collections: [collection('blog', 'src/content/blog'), collection('docs', 'src/content/docs')],
  ignore: [],
  ignored: { total: 0, gitignore: 0, config: 0, build: 0, outside: 0 },
  notes: [],
  trusted: true,
};

describe('paneForm', () => {
  it('gives each file its own collection’s fields and validator', () => {
    const docs = paneForm(model, 'src/content/docs/getting-started.en.md');
    expect(docs.collection?.name).toBe('docs');
    expect(docs.fields.map((field) => field.key)).toContain('navTitle');
    expect(docs.fields.map((field) => field.key)).not.toContain('externalId');
    const blog = paneForm(model, 'src/content/blog/2026/01/grid-pause.en.md');
    expect(blog.collection?.name).toBe('blog');
    expect(blog.schema?.safeParse({ title: 'T', publishedAt: new Date(), externalId: 60340789, category: 'C' }).success).toBe(false);
    expect(blog.schema?.safeParse({ title: 'T', publishedAt: new Date(), externalId: '60340789', category: 'C' }).success).toBe(true);
    expect(blog.note).toBeNull();
  });

  it('is the same object for files of one collection, so editors are not reconfigured', () => {
    expect(paneForm(model, 'src/content/blog/a.en.md')).toBe(paneForm(model, 'src/content/blog/b.uk.md'));
  });

  it('a file in no collection, or no model: no fields, no checks, a note saying why', () => {
    const outside = paneForm(model, 'README.md');
    expect(outside).toMatchObject({ collection: null, fields: [], schema: null });
    expect(outside.note).toContain('no collection');
    expect(paneForm(null, 'src/content/blog/a.en.md').note).toContain('could not be read');
  });

  it('says when the fields were inferred from the files', () => {
    const inferred: ContentModel = { ...model, collections: [{ ...collection('blog', 'src/content/blog'), schema: { source: 'inferred', json: { type: 'object', properties: {} } } }] };
    expect(paneForm(inferred, 'src/content/blog/a.en.md').note).toBe('The blog fields are inferred from its files: kinds from the values they use, nothing required.');
  });
});
