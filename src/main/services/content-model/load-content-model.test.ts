import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ContentModel, ModelCollection } from '@shared/model/content-model';
import { collectionFor, readFrontmatterAny, validatorFor } from '../../core/model';
import { loadContentModel } from './load-content-model';
import { tempSite, type TempSite } from './test-support/fixture-site';

/*
 * Real fixture sites copied to temp folders (outside this repository, so only
 * the site's own node_modules — none — are in reach), real esbuild, real child
 * processes. Expected values are read off the fixtures by hand.
 */

const sites: TempSite[] = [];
async function site(name: string | null, files: Record<string, string> = {}): Promise<TempSite> {
  const made = await tempSite(name, files);
  sites.push(made);
  return made;
}
afterEach(async () => {
  await Promise.all(sites.splice(0).map((made) => made.dispose()));
});

function collection(model: ContentModel, name: string): ModelCollection {
  const found = model.collections.find((entry) => entry.name === name);
  if (!found) throw new Error(`no collection ${name} in ${model.collections.map((entry) => entry.name).join(', ')}`);
  return found;
}

/** The validator's verdict on a fixture file: true, or the dotted paths of the failing fields. */
function verdict(root: string, model: ContentModel, relPath: string, patch?: (data: Record<string, unknown>) => void): true | string[] {
  const owner = collectionFor(model, relPath);
  if (!owner) throw new Error(`${relPath} is in no collection`);
  const data = readFrontmatterAny(readFileSync(join(root, relPath), 'utf8')).data;
  if (data === null) throw new Error(`${relPath} has no frontmatter`);
  patch?.(data);
  const result = validatorFor(owner).safeParse(data);
  return result.success ? true : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('the newsroom (Astro 5: blog paired by key, docs by suffix)', () => {
  it('evaluates src/content.config.ts: collections, pairing, languages, source language, skipped files', async () => {
    const { root, dataDir } = await site('astro-newsroom');
    const model = await loadContentModel(root, { trusted: true, dataDir });
    expect(model.collections.map((entry) => entry.name)).toEqual(['blog', 'docs']);

    const blog = collection(model, 'blog');
    expect(blog).toMatchObject({
      root: 'src/content/blog',
      include: ['**/*.{md,mdx}'],
      files: 11,
      schema: { source: 'astro-config' },
      pairing: { by: 'key', key: 'externalId', translatedFrom: 'ai.translatedFrom', from: 'detected', counts: { key: 5, folder: 0, suffix: 6 } },
      languageField: 'lang',
      languages: ['en', 'pt', 'uk'],
      sourceLanguage: 'en',
      sourceLanguageFrom: 'translated-from',
    });
    expect(blog.fields).toEqual({
      shared: ['category', 'coverImage', 'draft', 'externalId', 'publishedAt', 'score', 'sentiment', 'source', 'tags', 'updatedAt'],
      translatable: ['description', 'title'],
      from: 'inferred',
    });

    const docs = collection(model, 'docs');
    expect(docs).toMatchObject({
      root: 'src/content/docs',
      include: ['**/*.md'],
      files: 4,
      schema: { source: 'astro-config' },
      pairing: { by: 'suffix', counts: { key: 0, folder: 0, suffix: 4 } },
      languages: ['en', 'uk'],
      // astro.config.mjs says uk, but the blog's originals plainly are English.
      sourceLanguage: 'en',
      sourceLanguageFrom: 'translated-from',
    });
    // drafts-local/ is .gitignored; README.md is in no collection.
    expect(model.ignored).toEqual({ gitignore: 1, config: 0, build: 0, outside: 1, total: 2 });
    expect(model.notes.map((note) => note.message)).toContain(
      'collection blog: source language en: the originals (files without ai.translatedFrom) are in en (overriding astro.config.mjs, which declares uk)',
    );
  });

  it("carries the config's real schemas: constants through baseUrl, a JSON import, an .astro import, zod 3 forms", async () => {
    const { root, dataDir } = await site('astro-newsroom');
    const blog = collection(await loadContentModel(root, { trusted: true, dataDir }), 'blog');
    const properties = blog.schema.json.properties as Record<string, Record<string, unknown>>;
    // DEFAULT_LANG and SENTIMENTS come from src/data/site.json through src/constants.ts.
    expect(properties.lang).toEqual({ default: 'uk', type: 'string' });
    expect(properties.sentiment).toEqual({ type: 'string', enum: ['POSITIVE', 'NEGATIVE', 'NEUTRAL'] });
    expect(properties.publishedAt).toEqual({ type: 'string', 'x-copydesk-kind': 'date', 'x-copydesk-coerce-date': true });
    expect(properties.canonicalUrl).toEqual({ anyOf: [{ type: 'string', format: 'uri' }, { type: 'null' }] });
    expect(blog.schema.json.required).toEqual(['title', 'publishedAt', 'externalId', 'category']);
  });

  it('validates as the site build does, case by case', async () => {
    const { root, dataDir } = await site('astro-newsroom');
    const model = await loadContentModel(root, { trusted: true, dataDir });
    const blog = (slug: string) => `src/content/blog/2026/01/${slug}.md`;
    expect(verdict(root, model, blog('halving-countdown.en'))).toBe(true);
    expect(verdict(root, model, blog('etf-outflows.uk'))).toBe(true);
    // externalId: 60342077 unquoted is a YAML number; the site wants a string.
    expect(verdict(root, model, blog('numeric-id.en'))).toEqual(['externalId']);
    expect(verdict(root, model, blog('no-category.en'))).toEqual(['category']);
    expect(verdict(root, model, blog('source-without-key.en'))).toEqual(['source.key']);
    // coverImage: null and ai: null are accepted (nullable().optional()).
    expect(verdict(root, model, blog('grid-pause.en'))).toBe(true);
    // A relative coverImage.raw is a plain string; canonicalUrl: null is nullable.
    expect(verdict(root, model, blog('miner-hedging.en'))).toBe(true);
    // Unknown keys pass (Astro strips them); wrong types and enum values do not.
    expect(verdict(root, model, blog('halving-countdown.en'), (data) => (data.editorNote = 'x'))).toBe(true);
    expect(verdict(root, model, blog('halving-countdown.en'), (data) => (data.sentiment = 'GOOD'))).toEqual(['sentiment']);
    expect(verdict(root, model, blog('halving-countdown.en'), (data) => (data.tags = 'MINING'))).toEqual(['tags']);
    expect(verdict(root, model, blog('halving-countdown.en'), (data) => (data.publishedAt = 'soon'))).toEqual(['publishedAt']);
    expect(verdict(root, model, blog('halving-countdown.en'), (data) => (data.canonicalUrl = 'not a url'))).toEqual(['canonicalUrl']);
    expect(verdict(root, model, blog('halving-countdown.en'), (data) => delete data.title)).toEqual(['title']);
    // docs.publishedAt is z.date(): a YAML date passes, a quoted string does not.
    expect(verdict(root, model, 'src/content/docs/style-guide.en.md')).toBe(true);
    expect(verdict(root, model, 'src/content/docs/style-guide.uk.md')).toEqual(['publishedAt']);
    expect(verdict(root, model, 'src/content/docs/getting-started.uk.md')).toBe(true);
    expect(verdict(root, model, 'src/content/docs/getting-started.uk.md', (data) => delete data.description)).toEqual(['description']);
  });

  it('an untrusted folder never runs the config: inferred schemas, no Astro default locale, and a note saying so', async () => {
    const { root, dataDir } = await site('astro-newsroom');
    const model = await loadContentModel(root, { trusted: false, dataDir });
    expect(model.trusted).toBe(false);
    expect(model.collections.map((entry) => [entry.name, entry.root, entry.schema.source, entry.pairing.by])).toEqual([
      ['blog', 'src/content/blog', 'inferred', 'key'],
      ['docs', 'src/content/docs', 'inferred', 'suffix'],
    ]);
    expect(model.notes[0]).toEqual({ file: 'src/content.config.ts', message: "not trusted: the site's content config (src/content.config.ts) was not run" });
    expect(collection(model, 'blog').schema.note).toContain('not trusted');
    expect(existsSync(join(dataDir, 'content-config-cache'))).toBe(false);
  });

  it('caches the evaluation by the hashes of the files it read, and re-evaluates when one changes', async () => {
    const { root, dataDir } = await site('astro-newsroom');
    await loadContentModel(root, { trusted: true, dataDir });
    const cacheDir = join(dataDir, 'content-config-cache');
    const [cacheName] = readdirSync(cacheDir);
    const cacheFile = join(cacheDir, cacheName as string);
    const cached = JSON.parse(await readFile(cacheFile, 'utf8')) as { inputs: Record<string, string>; result: { collections: { name: string }[] } };
    expect(Object.keys(cached.inputs).map((file) => file.slice(root.length + 1))).toEqual([
      'src/components/Badge.astro',
      'src/constants.ts',
      'src/content.config.ts',
      'src/data/site.json',
      'tsconfig.json',
    ]);
    // Prove the second load reads the cache: mark the cached answer and look for the mark.
    (cached.result.collections[1] as { name: string }).name = 'docs-from-cache';
    await writeFile(cacheFile, JSON.stringify(cached));
    const second = await loadContentModel(root, { trusted: true, dataDir });
    expect(second.collections.map((entry) => entry.name)).toEqual(['blog', 'docs-from-cache']);
    // A file the config imports (through constants.ts) changes: evaluated again.
    await writeFile(join(root, 'src/data/site.json'), JSON.stringify({ name: 'N', defaultLang: 'en', sentiments: ['POSITIVE', 'NEGATIVE', 'NEUTRAL'] }));
    const third = await loadContentModel(root, { trusted: true, dataDir });
    expect(third.collections.map((entry) => entry.name)).toEqual(['blog', 'docs']);
    expect((collection(third, 'blog').schema.json.properties as Record<string, unknown>).lang).toEqual({ default: 'en', type: 'string' });
  });
});

describe('the Starlight site (locale folders, schema package not installed)', () => {
  it('names the missing package and the file, and falls back to .astro/collections/docs.schema.json', async () => {
    const { root, dataDir } = await site('starlight-site');
    const model = await loadContentModel(root, { trusted: true, dataDir });
    expect(model.notes[0]).toEqual({
      file: 'src/content.config.ts',
      line: 2,
      column: 28,
      message:
        'src/content.config.ts could not be bundled: it imports "@astrojs/starlight/loaders", but the package @astrojs/starlight is not installed in this site (run npm install in the site folder)',
    });
    const docs = collection(model, 'docs');
    expect(docs).toMatchObject({
      root: 'src/content/docs',
      files: 9,
      schema: { source: 'astro-json-schema' },
      pairing: { by: 'folder', counts: { key: 3, folder: 8, suffix: 0 } },
      languages: ['en', 'pt-br', 'uk'],
      defaultLanguage: 'en',
      // Starlight's defaultLocale: 'root' with root.lang 'en', read from the text of astro.config.mjs.
      sourceLanguage: 'en',
      sourceLanguageFrom: 'site-default',
      sourceLanguageFile: 'astro.config.mjs',
    });
    expect(docs.schema.note).toBe(`from .astro/collections/docs.schema.json; ${model.notes[0]?.message}`);
    expect(docs.fields).toEqual({ shared: ['sidebar', 'template'], translatable: ['description', 'title'], from: 'inferred' });
  });

  it("validates with Astro's JSON schema: unknown keys pass, YAML dates pass, required title does not", async () => {
    const { root, dataDir } = await site('starlight-site');
    const model = await loadContentModel(root, { trusted: true, dataDir });
    expect(verdict(root, model, 'src/content/docs/guides/configure.md')).toBe(true);
    expect(verdict(root, model, 'src/content/docs/reference/api.mdx')).toBe(true);
    expect(verdict(root, model, 'src/content/docs/index.md', (data) => (data.hero = { tagline: 'x' }))).toBe(true);
    expect(verdict(root, model, 'src/content/docs/index.md', (data) => (data.template = 'wide'))).toEqual(['template']);
    expect(verdict(root, model, 'src/content/docs/uk/index.md', (data) => delete data.title)).toEqual(['title']);
  });

  it('untrusted: the locale folders still pair, the default language is assumed and said to be', async () => {
    const { root, dataDir } = await site('starlight-site');
    const model = await loadContentModel(root, { trusted: false, dataDir });
    expect(collection(model, 'docs')).toMatchObject({ pairing: { by: 'folder' }, sourceLanguage: 'en', sourceLanguageFrom: 'most-files' });
    expect(model.notes.map((note) => note.message)).toContain('collection docs: files that name no language are taken to be en (nothing declares a default language)');
  });
});

describe('the Hugo site (TOML and YAML, name.<lang>.md, translationKey)', () => {
  it('one content collection paired by suffix, TOML frontmatter read, public/ skipped', async () => {
    const { root, dataDir } = await site('hugo-site');
    const model = await loadContentModel(root, { trusted: true, dataDir });
    expect(model.collections).toHaveLength(1);
    const content = collection(model, 'content');
    expect(content).toMatchObject({
      root: 'content',
      files: 9,
      schema: { source: 'inferred', note: 'a Hugo site (hugo.toml) has no schema: inferred from the files' },
      pairing: { by: 'suffix', counts: { key: 3, folder: 0, suffix: 9 } },
      languages: ['de', 'en', 'uk'],
      sourceLanguage: 'en',
      sourceLanguageFrom: 'site-default',
      sourceLanguageFile: 'hugo.toml',
    });
    expect(content.fields).toEqual({ shared: ['date', 'tags', 'translationKey'], translatable: ['description', 'title'], from: 'inferred' });
    expect(content.schema.json.properties).toEqual({
      title: { type: 'string' },
      description: { type: 'string' },
      date: { type: 'string', 'x-copydesk-kind': 'date', 'x-copydesk-coerce-date': true },
      tags: { type: 'array', items: { type: 'string' }, 'x-copydesk-kind': 'tags' },
      draft: { type: 'boolean' },
      translationKey: { type: 'string', 'x-copydesk-values': ['first-light'] },
    });
    expect(model.ignored).toEqual({ gitignore: 1, config: 0, build: 0, outside: 0, total: 1 });
    expect(collectionFor(model, 'content/_index.md')?.name).toBe('content');
    expect(collectionFor(model, 'public/index.md')).toBeNull();
    // A TOML file validates; a wrong type in it does not.
    expect(verdict(root, model, 'content/posts/first-light.md')).toBe(true);
    expect(verdict(root, model, 'content/posts/first-light.md', (data) => (data.draft = 'no'))).toEqual(['draft']);
  });
});

describe('copydesk.config.json', () => {
  it('defines collections, schema, pairing, languages, fields and ignore globs', async () => {
    const { root, dataDir } = await site('config-site');
    const model = await loadContentModel(root, { trusted: true, dataDir });
    expect(model.collections.map((entry) => entry.name)).toEqual(['articles', 'notes']);
    expect(collection(model, 'articles')).toMatchObject({
      root: 'articles',
      files: 3,
      schema: { source: 'config' },
      pairing: { by: 'key', key: 'ref', from: 'config' },
      languageField: 'locale',
      languages: ['en', 'fr'],
      sourceLanguage: 'en',
      sourceLanguageFrom: 'config',
      fields: { shared: ['ref', 'date', 'section'], translatable: ['headline', 'summary'], from: 'config' },
    });
    expect(collection(model, 'notes')).toMatchObject({
      root: 'notes',
      files: 1,
      schema: { source: 'inferred', note: 'copydesk.config.json gives no schema for it: inferred from the files' },
      pairing: { by: 'none' },
    });
    expect(model.ignore).toEqual(['articles/*/drafts/**']);
    expect(model.ignored).toEqual({ gitignore: 0, config: 1, build: 0, outside: 0, total: 1 });
    expect(collectionFor(model, 'articles/en/drafts/unfinished.md')).toBeNull();
    expect(verdict(root, model, 'articles/fr/marees.md')).toBe(true);
    expect(verdict(root, model, 'articles/en/ferry.md', (data) => (data.section = 'sport'))).toEqual(['section']);
    expect(verdict(root, model, 'articles/en/ferry.md', (data) => (data.date = 'someday'))).toEqual(['date']);
  });

  it('a collection without a root overrides what the site defines', async () => {
    const { root, dataDir } = await site('hugo-site', {
      'copydesk.config.yaml': 'collections:\n  - name: content\n    pairing: { by: key, key: translationKey }\n    sourceLanguage: de\n  - name: nosuch\n    pairing: { by: none }\n',
    });
    const model = await loadContentModel(root, { trusted: true, dataDir });
    expect(collection(model, 'content')).toMatchObject({ schema: { source: 'inferred' }, pairing: { by: 'key', key: 'translationKey', from: 'config' }, sourceLanguage: 'de', sourceLanguageFrom: 'config' });
    expect(model.notes.map((note) => note.message)).toContain(
      'collection nosuch in copydesk.config.yaml has no root and the site defines no collection of that name: give it a root',
    );
  });

  it('an unknown key and a wrong type are errors with line and column; the model falls back to the folder', async () => {
    const { root, dataDir } = await site('broken-config-site');
    const model = await loadContentModel(root, { trusted: true, dataDir });
    expect(model.notes.slice(0, 2)).toEqual([
      { file: 'copydesk.config.json', line: 3, column: 3, message: 'Unknown key "colections" — copydesk.config.json is ignored until fixed' },
      { file: 'copydesk.config.json', line: 4, column: 13, message: 'ignore: Invalid input: expected array, received string — copydesk.config.json is ignored until fixed' },
    ]);
    expect(model.collections.map((entry) => [entry.name, entry.root, entry.files, entry.schema.source, entry.pairing.by, entry.languages])).toEqual([
      ['content', '.', 2, 'inferred', 'suffix', ['de', 'en']],
    ]);
    // The fallback's own note says why it is used, not that there is no config.
    expect(model.collections[0]?.schema.note).toBe('copydesk.config.json has errors and is ignored until fixed; no other Astro or Hugo config: inferred from the files');
  });
});

describe('Astro content configs that fail', () => {
  const post = { 'src/content/posts/a.md': '---\ntitle: A\nlang: en\n---\nA.\n', 'src/content/posts/a.uk.md': '---\ntitle: А\nlang: uk\n---\nА.\n' };

  async function modelOf(config: string, extra: Record<string, string> = {}, timeoutMs?: number) {
    const made = await site(null, { ...post, 'src/content.config.ts': config, ...extra });
    const model = await loadContentModel(made.root, { trusted: true, dataDir: made.dataDir, ...(timeoutMs !== undefined && { timeoutMs }) });
    return { model, root: made.root };
  }

  const fallsBack = (model: ContentModel) =>
    expect(model.collections.map((entry) => [entry.name, entry.root, entry.files, entry.schema.source])).toEqual([['posts', 'src/content/posts', 2, 'inferred']]);

  it('throws: the note names the file and line (source-mapped) and the message', async () => {
    const { model } = await modelOf("import { z } from 'astro:content';\nconst limit = 3;\nthrow new Error('collections are not ready');\nexport const collections = {};\n");
    expect(model.notes[0]).toMatchObject({ file: 'src/content.config.ts', line: 3, message: 'src/content.config.ts threw an error: collections are not ready' });
    fallsBack(model);
  });

  it('loops forever: stopped after the time limit', async () => {
    const { model } = await modelOf('while (true) {}\nexport const collections = {};\n', {}, 1500);
    expect(model.notes[0]).toEqual({
      file: 'src/content.config.ts',
      message: 'src/content.config.ts did not finish: evaluating it took longer than 1.5 s and was stopped (a loop, or waiting on something that never comes)',
    });
    fallsBack(model);
  });

  it('imports a package that is not installed, from a file the config imports', async () => {
    const { model } = await modelOf("import { schema } from './schemas';\nexport const collections = { posts: { schema } };\n", {
      'src/schemas.ts': "import { z } from 'astro/zod';\nimport slugify from '@sindresorhus/slugify';\nexport const schema = z.object({ title: z.string().transform(slugify) });\n",
    });
    expect(model.notes[0]).toEqual({
      file: 'src/schemas.ts',
      line: 2,
      column: 21,
      message: 'src/content.config.ts could not be bundled: src/schemas.ts imports "@sindresorhus/slugify", but the package @sindresorhus/slugify is not installed in this site (run npm install in the site folder)',
    });
    fallsBack(model);
  });

  it('defines no collections, or exports none', async () => {
    const empty = await modelOf('export const collections = {};\n');
    expect(empty.model.notes[0]).toEqual({ file: 'src/content.config.ts', message: 'src/content.config.ts defines no collections (its `collections` export is empty)' });
    fallsBack(empty.model);
    const none = await modelOf('export const posts = 1;\n');
    expect(none.model.notes[0]).toEqual({ file: 'src/content.config.ts', message: 'src/content.config.ts defines no collections: the content config exports no `collections` object' });
    fallsBack(none.model);
  });

  it('cannot write files: the attempt fails inside the child', async () => {
    const { model, root } = await modelOf("import { writeFileSync } from 'node:fs';\nwriteFileSync('pwned.txt', 'x');\nexport const collections = {};\n");
    expect(model.notes[0]?.message).toMatch(/^src\/content\.config\.ts threw an error: Access to this API has been restricted/);
    expect(existsSync(join(root, 'pwned.txt'))).toBe(false);
    fallsBack(model);
  });

  it('a glob that matches nothing is named; image() and reference() are annotated', async () => {
    const { model } = await modelOf(
      [
        "import { defineCollection, reference, z } from 'astro:content';",
        "import { glob } from 'astro/loaders';",
        'export const collections = {',
        "  posts: defineCollection({ loader: glob({ pattern: '**/*.md', base: './src/content/posts' }), schema: ({ image }) => z.object({ title: z.string(), cover: image().optional(), author: reference('authors').optional() }) }),",
        "  pages: defineCollection({ loader: glob({ pattern: '**/*.md', base: './src/pages-content' }), schema: z.object({ title: z.string() }) }),",
        '};',
      ].join('\n'),
    );
    expect(model.notes).toContainEqual({ file: 'src/content.config.ts', message: 'collection pages: src/pages-content/**/*.md matches no Markdown files' });
    const posts = collection(model, 'posts');
    expect(posts.schema.source).toBe('astro-config');
    const properties = posts.schema.json.properties as Record<string, Record<string, unknown>>;
    expect(properties.cover).toEqual({ type: 'string', 'x-copydesk-kind': 'image' });
    expect(properties.author).toMatchObject({ 'x-copydesk-kind': 'reference', 'x-copydesk-collection': 'authors' });
  });
});

describe('the derived model is kept in the data folder', () => {
  const files = { 'src/content/posts/a.md': '---\ntitle: A\nlang: en\n---\nA.\n', 'src/content/posts/a.uk.md': '---\ntitle: А\nlang: uk\n---\nА.\n' };
  const memoOf = (dataDir: string) => {
    const folder = join(dataDir, 'content-model-cache');
    const [name] = readdirSync(folder);
    if (name === undefined) throw new Error('no model kept');
    return join(folder, name);
  };

  it('answers from it while the listed files and the sampled files are the same, and derives again when one changes', async () => {
    const { root, dataDir } = await site(null, files);
    const first = await loadContentModel(root, { trusted: true, dataDir });
    expect(collection(first, 'posts')).toMatchObject({ files: 2, languages: ['en', 'uk'] });
    // Marks the kept model, so an answer from it can be told from a derived one.
    const memoFile = memoOf(dataDir);
    const memo = JSON.parse(await readFile(memoFile, 'utf8')) as { key: string; model: ContentModel };
    expect(memo.model).toEqual(first);
    (memo.model.collections[0] as ModelCollection).sourceLanguage = 'kept';
    await writeFile(memoFile, JSON.stringify(memo));
    expect(collection(await loadContentModel(root, { trusted: true, dataDir }), 'posts').sourceLanguage).toBe('kept');

    // Another trust, a changed sampled file, a new file: each derives the model again (from the files, not the mark).
    expect(collection(await loadContentModel(root, { trusted: false, dataDir }), 'posts').sourceLanguage).toBe('en');
    await writeFile(memoFile, JSON.stringify(memo));
    await writeFile(join(root, 'src/content/posts/a.uk.md'), '---\ntitle: А\nlang: uk\nauthor: Олена\n---\nА.\n');
    const changed = await loadContentModel(root, { trusted: true, dataDir });
    expect(collection(changed, 'posts').sourceLanguage).toBe('en');
    expect(Object.keys(collection(changed, 'posts').schema.json.properties as object)).toContain('author');
    await writeFile(join(root, 'src/content/posts/b.md'), '---\ntitle: B\nlang: en\n---\nB.\n');
    expect(collection(await loadContentModel(root, { trusted: true, dataDir }), 'posts').files).toBe(3);
  });

  it('an unreadable kept model is derived again, never an error', async () => {
    const { root, dataDir } = await site(null, files);
    await loadContentModel(root, { trusted: true, dataDir });
    await writeFile(memoOf(dataDir), '{"key": ');
    expect(collection(await loadContentModel(root, { trusted: true, dataDir }), 'posts').files).toBe(2);
    expect(JSON.parse(await readFile(memoOf(dataDir), 'utf8'))).toHaveProperty('key');
  });
});
