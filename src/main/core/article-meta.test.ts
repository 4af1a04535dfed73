import { describe, expect, it } from 'vitest';
import { modelCollection } from '@shared/model/test-support/model-collection';
import { extractMeta } from './article-meta';

const collection = modelCollection;

/** The newsroom's blog: paired by `externalId`, originals without `ai.translatedFrom`, language in `lang`. */
const blog = collection({
  name: 'blog',
  root: 'src/content/blog',
  pairing: { by: 'key', key: 'externalId', translatedFrom: 'ai.translatedFrom', from: 'detected' },
  languageField: 'lang',
  roles: { title: 'title', description: 'description', date: 'publishedAt', updated: 'updatedAt', tags: 'tags', category: 'category', draft: 'draft' },
});
/** Starlight: `docs/<locale>/<page>.md`, the default locale at the root, a `pubDate` and `topics`. */
const docs = collection({
  name: 'docs',
  root: 'src/content/docs',
  pairing: { by: 'folder', from: 'detected' },
  roles: { title: 'title', date: 'pubDate', tags: 'topics', category: 'sidebarGroup' },
});
/** Hugo: `content/posts/<name>.<lang>.md`, `name.md` in the default language, a list of categories. */
const posts = collection({
  name: 'posts',
  root: 'content/posts',
  pairing: { by: 'suffix', from: 'detected' },
  defaultLanguage: 'de',
  sourceLanguage: 'de',
  roles: { title: 'title', date: 'date', updated: 'lastmod', tags: 'tags', category: 'categories', draft: 'draft' },
});

describe('extractMeta', () => {
  it('reads a key-paired translation through its roles and pairing rule', () => {
    const data = {
      title: 'Привіт',
      description: ' Опис ',
      publishedAt: new Date('2026-01-31T18:04:41Z'),
      lang: 'uk',
      externalId: 57619983,
      ai: { translatedFrom: '57619983' },
      category: 'MINING',
      tags: ['MINING', ' MINING ', 7, 'AI'],
      draft: true,
    };
    expect(extractMeta(data, { collection: blog, path: 'src/content/blog/2026/01/a.uk.md' })).toEqual({
      title: 'Привіт',
      description: 'Опис',
      publishedAt: '2026-01-31T18:04:41.000Z',
      updatedAt: null,
      lang: 'uk',
      pathLang: 'uk',
      collection: 'blog',
      groupKey: '57619983',
      translatedFrom: '57619983',
      category: 'MINING',
      tags: ['MINING', 'AI'],
      draft: true,
    });
  });

  it('reads other field names when the roles name them, and never the newsroom names', () => {
    const data = { title: 'Install', pubDate: '2026-02-01', topics: ['setup'], sidebarGroup: 'Guides', category: 'ignored', tags: ['ignored'], externalId: 'x' };
    expect(extractMeta(data, { collection: docs, path: 'src/content/docs/uk/guides/install.md' })).toMatchObject({
      publishedAt: '2026-02-01',
      tags: ['setup'],
      category: 'Guides',
      lang: 'uk',
      pathLang: 'uk',
      collection: 'docs',
      groupKey: 'guides/install',
      translatedFrom: 'guides/install',
    });
  });

  it('places a folder page of the root locale as the original of its group', () => {
    expect(extractMeta({ title: 'Install' }, { collection: docs, path: 'src/content/docs/guides/install.md' })).toMatchObject({
      lang: 'en',
      pathLang: null,
      groupKey: 'guides/install',
      translatedFrom: null,
    });
  });

  it('places a suffix file, and a file without frontmatter, by its name', () => {
    const where = { collection: posts, path: 'content/posts/hello.en.md' };
    expect(extractMeta({ title: 'Hello', categories: ['News', 'Tech'], lastmod: '2026-03-01' }, where)).toMatchObject({
      lang: 'en',
      groupKey: 'hello',
      translatedFrom: 'hello',
      category: 'News',
      updatedAt: '2026-03-01',
    });
    expect(extractMeta(null, { collection: posts, path: 'content/posts/hello.md' })).toMatchObject({
      title: null,
      lang: 'de',
      collection: 'posts',
      groupKey: 'hello',
      translatedFrom: null,
    });
  });

  it('leaves a role without a field empty', () => {
    const bare = collection({ roles: {} });
    expect(extractMeta({ title: 'T', tags: ['a'], draft: true }, { collection: bare, path: 'src/content/c/a.md' })).toMatchObject({
      title: null,
      tags: [],
      draft: false,
      category: null,
    });
  });

  it('reads a file in no collection by the common names, in no group', () => {
    const meta = extractMeta({ title: 'Notes', lang: 'pt', externalId: '1', ai: { translatedFrom: '1' }, tags: ['ONE'] }, { collection: null, path: 'notes/a.md' });
    expect(meta).toMatchObject({ title: 'Notes', lang: 'pt', tags: ['ONE'], collection: null, groupKey: null, translatedFrom: null });
    expect(extractMeta(null, { collection: null, path: 'notes/a.uk.md' })).toMatchObject({ lang: 'uk', pathLang: 'uk', groupKey: null });
  });
});
