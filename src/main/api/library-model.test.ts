import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelInput, ChannelOutput } from '@shared/ipc/contract';
import { useFixtureSites } from '../services/content-model/test-support/fixture-site';
import { openSession, valueOf } from './__fixtures__/open-session';

/*
 * The library on the content-model fixture sites, through the handlers on a
 * real index: every site's translation groups come from its own pairing rule
 * (key, file-name suffix, locale folder), per collection, and the library
 * offers the collections as a facet and a filter. Expected values are read
 * off the fixture files by hand.
 */

const site = useFixtureSites('copydesk-library-model-');
let scratch = '';
let session: Awaited<ReturnType<typeof openSession>> | null = null;

beforeEach(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'copydesk-library-model-db-'));
});
afterEach(async () => {
  await session?.close();
  session = null;
  await rm(scratch, { recursive: true, force: true });
});

async function open(name: string, files: Record<string, string> = {}) {
  session = await openSession(await site(name, files), scratch);
  const { dispatch } = session;
  return {
    call: async <C extends 'articles.query' | 'articles.facets' | 'group.read' | 'validation.report' | 'article.read'>(channel: C, input: ChannelInput<C>) =>
      valueOf<ChannelOutput<C>>(await dispatch(channel, input)),
    paths: async (query: string) =>
      valueOf<ChannelOutput<'articles.query'>>(await dispatch('articles.query', { query, sort: 'title', offset: 0, limit: 100 })).rows.map((row) => row.path).sort(),
  };
}

const members = (group: ChannelOutput<'group.read'>) => group.members.map((m) => [m.path, m.lang, m.isOriginal]);

describe('an Astro site with a blog paired by key and docs paired by file name', () => {
  const BLOG = 'src/content/blog/2026/01';
  const DOCS = 'src/content/docs';

  it('forms groups in each collection by its own rule', async () => {
    const { call } = await open('astro-newsroom');
    const halving = await call('group.read', { collection: 'blog', groupKey: '60340789' });
    expect(halving.original).toBe(`${BLOG}/halving-countdown.en.md`);
    expect(members(halving)).toEqual([
      [`${BLOG}/halving-countdown.en.md`, 'en', true],
      [`${BLOG}/halving-countdown.pt.md`, 'pt', false],
      [`${BLOG}/halving-countdown.uk.md`, 'uk', false],
    ]);
    // The docs have no key: the file name pairs them.
    const guide = await call('group.read', { collection: 'docs', groupKey: 'getting-started' });
    expect(guide.original).toBe(`${DOCS}/getting-started.en.md`);
    expect(members(guide)).toEqual([
      [`${DOCS}/getting-started.en.md`, 'en', true],
      [`${DOCS}/getting-started.uk.md`, 'uk', false],
    ]);
    // The docs are in English and Ukrainian only: the blog's Portuguese is not missing here.
    expect(guide.missing).toEqual([]);
    expect((await call('group.read', { collection: 'blog', groupKey: '60342050' })).missing).toEqual(['pt', 'uk']);
    const [row] = (await call('articles.query', { query: 'lang:uk collection:docs "Стильовий"', sort: 'title', offset: 0, limit: 10 })).rows;
    expect(row).toMatchObject({ collection: 'docs', groupKey: 'style-guide', isOriginal: false, groupLangs: ['en', 'uk'], originalPath: `${DOCS}/style-guide.en.md` });
  });

  it('counts orphans and duplicates per collection: a key shared across collections joins nothing', async () => {
    const { call } = await open('astro-newsroom', {
      // A docs translation whose English page is gone: an orphan of the docs.
      [`${DOCS}/faq.uk.md`]: '---\ntitle: Питання\nlang: uk\n---\nТекст.\n',
      // A second Ukrainian getting-started page in the docs: a duplicate.
      [`${DOCS}/getting-started.uk.mdx`]: '---\ntitle: Початок роботи (MDX)\nlang: uk\n---\nТекст.\n',
      // English pages without translations keep English the docs' most used language, so their source language.
      [`${DOCS}/glossary.en.md`]: '---\ntitle: Glossary\nlang: en\n---\nText.\n',
      [`${DOCS}/changelog.en.md`]: '---\ntitle: Changelog\nlang: en\n---\nText.\n',
      [`${DOCS}/roadmap.en.md`]: '---\ntitle: Roadmap\nlang: en\n---\nText.\n',
      // Named German, says Ukrainian: the field gives its language, the name disagrees.
      [`${DOCS}/roadmap.de.md`]: '---\ntitle: План\nlang: uk\n---\nТекст.\n',
      // A blog translation naming `getting-started`: the docs have that group, the blog does not.
      [`${BLOG}/stray.uk.md`]:
        "---\ntitle: 'Заблукала'\npublishedAt: 2026-01-20\nlang: uk\nexternalId: 'getting-started'\ncategory: ETF\nai:\n  translatedFrom: 'getting-started'\n---\nТекст.\n",
    });
    const report = await call('validation.report', {});
    expect(report.orphans).toEqual([`${BLOG}/stray.uk.md`, `${DOCS}/faq.uk.md`]);
    expect(report.duplicates).toEqual([[`${DOCS}/getting-started.uk.md`, `${DOCS}/getting-started.uk.mdx`]]);
    expect(report.langMismatches).toEqual([{ path: `${DOCS}/roadmap.de.md`, lang: 'uk', suffix: 'de' }]);
    expect((await call('group.read', { collection: 'docs', groupKey: 'getting-started' })).members).toHaveLength(3);
    expect((await call('group.read', { collection: 'blog', groupKey: 'getting-started' })).original).toBeNull();
  });

  it('offers the collections as a facet and a filter; the category facet counts the blog, whose schema has one', async () => {
    const { call, paths } = await open('astro-newsroom');
    const facets = await call('articles.facets', { query: '' });
    expect(facets.collection).toEqual([
      { value: 'blog', count: 11 },
      { value: 'docs', count: 4 },
    ]);
    expect(facets.category).toEqual([
      { value: 'MINING', count: 5 },
      { value: 'ETF', count: 2 },
      { value: 'MARKETS', count: 1 },
      { value: 'POLICY', count: 1 },
    ]);
    expect((await call('articles.facets', { query: 'collection:docs' })).category).toEqual([]);
    expect(await paths('collection:docs')).toEqual([
      `${DOCS}/getting-started.en.md`,
      `${DOCS}/getting-started.uk.md`,
      `${DOCS}/style-guide.en.md`,
      `${DOCS}/style-guide.uk.md`,
    ]);
    expect(await paths('-collection:blog lang:uk')).toEqual([`${DOCS}/getting-started.uk.md`, `${DOCS}/style-guide.uk.md`]);
    // missing: looks in the file's own group, so the docs lack pt and the blog's halving does not.
    expect(await paths('collection:docs missing:uk')).toEqual([]);
    expect(await paths('missing:pt lang:en category:MINING')).toEqual([`${BLOG}/miner-hedging.en.md`, `${BLOG}/numeric-id.en.md`]);
  });
});

describe('a Starlight site with a folder per locale', () => {
  const DOCS = 'src/content/docs';

  it('pairs a page with the same path in each locale folder; the root locale is the original', async () => {
    const { call } = await open('starlight-site');
    const install = await call('group.read', { collection: 'docs', groupKey: 'guides/install' });
    expect(install.original).toBe(`${DOCS}/guides/install.md`);
    expect(members(install)).toEqual([
      [`${DOCS}/guides/install.md`, 'en', true],
      [`${DOCS}/pt-br/guides/install.md`, 'pt-br', false],
      [`${DOCS}/uk/guides/install.md`, 'uk', false],
    ]);
    const configure = await call('group.read', { collection: 'docs', groupKey: 'guides/configure' });
    expect(configure.missing).toEqual(['uk']);
    const report = await call('validation.report', {});
    expect(report).toMatchObject({ orphans: [], duplicates: [], langMismatches: [] });
    // One collection: the facet has one value (the sidebar then leaves it out).
    expect((await call('articles.facets', { query: '' })).collection).toEqual([{ value: 'docs', count: 9 }]);
  });

  it('reports a page whose locale folder has no original as an orphan, missing its original language', async () => {
    const { call, paths } = await open('starlight-site', {
      [`${DOCS}/uk/guides/deploy.md`]: '---\ntitle: Розгортання\ndescription: Як розгорнути.\n---\nТекст.\n',
    });
    const report = await call('validation.report', {});
    expect(report.orphans).toEqual([`${DOCS}/uk/guides/deploy.md`]);
    expect((await call('group.read', { collection: 'docs', groupKey: 'guides/deploy' })).original).toBeNull();
    expect(await paths('missing:en')).toEqual([`${DOCS}/uk/guides/deploy.md`]);
  });
});

describe('a Hugo site with language suffixes and TOML frontmatter', () => {
  it('pairs `name.md` (the default language) with `name.<lang>.md`, TOML files included', async () => {
    const { call, paths } = await open('hugo-site');
    const firstLight = await call('group.read', { collection: 'content', groupKey: 'posts/first-light' });
    expect(members(firstLight)).toEqual([
      ['content/posts/first-light.de.md', 'de', false],
      ['content/posts/first-light.md', 'en', true],
      ['content/posts/first-light.uk.md', 'uk', false],
    ]);
    expect(firstLight.original).toBe('content/posts/first-light.md');
    const home = await call('group.read', { collection: 'content', groupKey: '_index' });
    expect(members(home)).toEqual([
      ['content/_index.md', 'en', true],
      ['content/_index.uk.md', 'uk', false],
    ]);
    expect(await paths('missing:uk')).toEqual(['content/posts/cold-nights.de.md', 'content/posts/cold-nights.md']);
  });

  it('reports two files of one name and language as duplicates', async () => {
    const { call } = await open('hugo-site', {
      // `cold-nights.md` is English already (the default language).
      'content/posts/cold-nights.en.md': '---\ntitle: Cold nights again\n---\nText.\n',
    });
    const report = await call('validation.report', {});
    expect(report.duplicates).toEqual([['content/posts/cold-nights.en.md', 'content/posts/cold-nights.md']]);
    expect(report.orphans).toEqual([]);
  });
});
