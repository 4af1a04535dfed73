import { describe, expect, it } from 'vitest';
import { modelCollection } from '@shared/model/test-support/model-collection';
import type { ModelCollection } from '@shared/model/content-model';
import { pathInCollection, placeFile } from './place-file';

const base = (over: Partial<ModelCollection>): ModelCollection => modelCollection({ root: 'src/content/blog', ...over });

describe('placeFile', () => {
  const blog = base({ pairing: { by: 'key', key: 'externalId', translatedFrom: 'ai.translatedFrom', from: 'config' }, languageField: 'lang' });

  it('by key: the key groups, the translated-from field makes a translation even in the source language', () => {
    expect(placeFile(blog, { path: '2026/01/a.en.md', data: { externalId: 60340789, lang: 'en' } })).toEqual({ lang: 'en', groupKey: '60340789', translatedFrom: null });
    expect(placeFile(blog, { path: '2026/01/a.uk.md', data: { externalId: '60340789', lang: 'uk', ai: { translatedFrom: '60340789' } } })).toEqual({
      lang: 'uk',
      groupKey: '60340789',
      translatedFrom: '60340789',
    });
  });

  it('by suffix: name.md is the default language and the original; name.uk.md translates it', () => {
    const docs = base({ root: 'docs', pairing: { by: 'suffix', from: 'detected' } });
    expect(placeFile(docs, { path: 'guide/intro.md', data: {} })).toEqual({ lang: 'en', groupKey: 'guide/intro', translatedFrom: null });
    expect(placeFile(docs, { path: 'guide/intro.uk.md', data: {} })).toEqual({ lang: 'uk', groupKey: 'guide/intro', translatedFrom: 'guide/intro' });
  });

  it('by locale folder with the source language in its own folder', () => {
    const docs = base({ root: 'content', pairing: { by: 'folder', from: 'detected' }, sourceLanguage: 'en' });
    expect(placeFile(docs, { path: 'en/guides/install.md', data: null })).toEqual({ lang: 'en', groupKey: 'guides/install', translatedFrom: null });
    expect(placeFile(docs, { path: 'pt-br/guides/install.mdx', data: null })).toEqual({ lang: 'pt-br', groupKey: 'guides/install', translatedFrom: 'guides/install' });
  });

  it('rule none pairs nothing', () => {
    expect(placeFile(base({}), { path: 'a.md', data: { lang: 'fr' } })).toEqual({ lang: 'en', groupKey: null, translatedFrom: null });
  });
});

describe('pathInCollection', () => {
  it('strips the root, and keeps a root of . as is', () => {
    expect(pathInCollection({ root: 'src/content/blog' }, 'src/content/blog/2026/01/a.en.md')).toBe('2026/01/a.en.md');
    expect(pathInCollection({ root: '.' }, 'a/b.md')).toBe('a/b.md');
  });
});
