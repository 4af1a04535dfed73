import { describe, expect, it } from 'vitest';
import { langFromPath } from '@shared/paths/lang-from-path';
import { analyzeGroups, type GroupInput } from './translation-groups';

/** A file of the `blog` collection whose path language is its suffix (what `extractMeta` gives a key- or suffix-paired file). */
const file = (path: string, lang: string | null, groupKey: string | null, translatedFrom: string | null = null, valid = true): GroupInput => ({
  path,
  collection: 'blog',
  lang,
  pathLang: langFromPath(path),
  groupKey,
  translatedFrom,
  valid,
});
const inCollection = (collection: string | null, item: GroupInput): GroupInput => ({ ...item, collection });

describe('analyzeGroups', () => {
  it('groups an original with its translations, including invalid ones', () => {
    const en = file('blog/a.en.md', 'en', '1');
    const uk = file('blog/a.uk.md', 'uk', '1', '1');
    const de = file('blog/a.de.md', 'de', '1', '1', false);
    const result = analyzeGroups([uk, en, de]);
    expect(result.groups).toEqual([{ collection: 'blog', groupKey: '1', original: 'blog/a.en.md', members: [de, en, uk] }]);
    expect(result).toMatchObject({ orphans: [], duplicates: [], langMismatches: [] });
  });

  const cases = [
    {
      name: 'translation without an original is an orphan, group has no original',
      input: [file('b.uk.md', 'uk', '2', '2'), file('b.pt.md', 'pt', '2', '2')],
      expected: { orphans: ['b.pt.md', 'b.uk.md'], duplicates: [], langMismatches: [], originals: { '2': null } },
    },
    {
      name: 'translatedFrom naming an id whose only files are translations is an orphan',
      input: [file('x.en.md', 'en', '5'), file('y.uk.md', 'uk', '6', '5'), file('z.de.md', 'de', '7', '6')],
      expected: { orphans: ['z.de.md'], duplicates: [], langMismatches: [], originals: { '5': 'x.en.md', '6': null, '7': null } },
    },
    {
      name: 'two originals in the same language are duplicates; the first by path is the original',
      input: [file('z.en.md', 'en', '3'), file('a.en.md', 'en', '3'), file('m.uk.md', 'uk', '3', '3')],
      expected: { orphans: [], duplicates: [['a.en.md', 'z.en.md']], langMismatches: [], originals: { '3': 'a.en.md' } },
    },
    {
      name: 'two translations into one language are duplicates; lists are sorted',
      input: [file('q/2.uk.md', 'uk', '9', '9'), file('q/1.en.md', 'en', '9'), file('q/1.uk.md', 'uk', '9', '9'), file('b/x.en.md', 'en', '4'), file('a/x.en.md', 'en', '4')],
      expected: {
        orphans: [],
        duplicates: [['a/x.en.md', 'b/x.en.md'], ['q/1.uk.md', 'q/2.uk.md']],
        langMismatches: [],
        originals: { '4': 'a/x.en.md', '9': 'q/1.en.md' },
      },
    },
    {
      name: 'a file without a lang field uses its suffix for duplicate checks',
      input: [file('a.en.md', 'en', '1'), file('b.en.md', null, '1', null, false)],
      expected: { orphans: [], duplicates: [['a.en.md', 'b.en.md']], langMismatches: [], originals: { '1': 'a.en.md' } },
    },
    {
      name: 'suffix disagreeing with lang is a mismatch (case-insensitive), files without id still checked',
      input: [file('a.uk.md', 'ru', '1'), file('b.pt-BR.md', 'pt-br', '2'), file('c.md', 'en', null), file('d.de.md', 'fr', null)],
      expected: {
        orphans: [],
        duplicates: [],
        langMismatches: [
          { path: 'a.uk.md', lang: 'ru', suffix: 'uk' },
          { path: 'd.de.md', lang: 'fr', suffix: 'de' },
        ],
        originals: { '1': 'a.uk.md', '2': 'b.pt-BR.md' },
      },
    },
    {
      name: 'a locale folder disagreeing with lang is a mismatch, whatever the file name says',
      input: [{ ...file('uk/guide.md', 'ru', 'guide', 'guide'), pathLang: 'uk' }, { ...file('en/guide.md', 'en', 'guide'), pathLang: 'en' }],
      expected: { orphans: [], duplicates: [], langMismatches: [{ path: 'uk/guide.md', lang: 'ru', suffix: 'uk' }], originals: { guide: 'en/guide.md' } },
    },
    { name: 'empty input', input: [], expected: { orphans: [], duplicates: [], langMismatches: [], originals: {} } },
  ];

  it.each(cases)('$name', ({ input, expected }) => {
    const result = analyzeGroups(input);
    expect(result.orphans).toEqual(expected.orphans);
    expect(result.duplicates).toEqual(expected.duplicates);
    expect(result.langMismatches).toEqual(expected.langMismatches);
    expect(Object.fromEntries(result.groups.map((g) => [g.groupKey, g.original]))).toEqual(expected.originals);
    for (const group of result.groups) {
      const paths = group.members.map((m) => m.path);
      expect(paths).toEqual([...paths].sort());
    }
  });

  it('groups per collection: one key in two collections is two groups, each with its own original, orphans and duplicates', () => {
    const blogEn = file('blog/a.en.md', 'en', 'a');
    const blogUk = file('blog/a.uk.md', 'uk', 'a', 'a');
    const docsUk = inCollection('docs', file('docs/a.uk.md', 'uk', 'a', 'a'));
    const docsUk2 = inCollection('docs', file('docs/b/a.uk.md', 'uk', 'a', 'a'));
    const result = analyzeGroups([docsUk, blogUk, blogEn, docsUk2]);
    expect(result.groups.map((g) => [g.collection, g.groupKey, g.original, g.members.length])).toEqual([
      ['blog', 'a', 'blog/a.en.md', 2],
      ['docs', 'a', null, 2],
    ]);
    // The docs translations' original would be `a` in docs: the blog's `a` is another article.
    expect(result.orphans).toEqual(['docs/a.uk.md', 'docs/b/a.uk.md']);
    // blog/a.uk.md and docs/a.uk.md share key and language but not the collection: not duplicates.
    expect(result.duplicates).toEqual([['docs/a.uk.md', 'docs/b/a.uk.md']]);
  });

  it('leaves a file in no collection out of every group, but still checks its language', () => {
    const loose = inCollection(null, file('README.de.md', 'fr', 'x', 'x'));
    const result = analyzeGroups([loose]);
    expect(result.groups).toEqual([]);
    expect(result.orphans).toEqual([]);
    expect(result.langMismatches).toEqual([{ path: 'README.de.md', lang: 'fr', suffix: 'de' }]);
  });

  it('does not reorder the caller’s array', () => {
    const input = [file('b.en.md', 'en', '1'), file('a.uk.md', 'uk', '1', '1')];
    analyzeGroups(input);
    expect(input.map((i) => i.path)).toEqual(['b.en.md', 'a.uk.md']);
  });

  it('groups 100k files of 20k articles in five languages', () => {
    const langs = ['en', 'uk', 'de', 'pt', 'es'];
    const items: GroupInput[] = [];
    for (let i = 0; i < 20_000; i++) {
      for (const lang of langs) {
        const id = String(100_000 + i);
        items.push(file(`src/content/blog/2026/${String(i % 12).padStart(2, '0')}/article-${i}.${lang}.md`, lang, id, lang === 'en' ? null : id));
      }
    }
    items.reverse();
    const result = analyzeGroups(items);
    expect(result.groups).toHaveLength(20_000);
    expect(result.groups[0]?.members).toHaveLength(5);
    expect(result.orphans).toEqual([]);
    expect(result.duplicates).toEqual([]);
  });
});

describe('analyzeGroups counts for every view', () => {
  const blog = new Map([['blog', { root: 'src/content/blog', languages: ['en', 'uk', 'pt'], sourceLanguage: 'en' }]]);
  const at = (name: string, lang: string, groupKey: string | null, extra: Partial<GroupInput> = {}): GroupInput => ({
    ...file(`src/content/blog/${name}.${lang}.md`, lang, groupKey, lang === 'en' || groupKey === null ? null : groupKey),
    ...extra,
  });

  it('missing: per group with an original, the collection languages it has no file in, never the source', () => {
    const result = analyzeGroups([at('a', 'en', '1'), at('a', 'uk', '1'), at('b', 'en', '2'), at('c', 'uk', '3')], { collections: blog });
    expect(result.missing).toEqual([
      { collection: 'blog', groupKey: '1', langs: ['pt'] },
      { collection: 'blog', groupKey: '2', langs: ['pt', 'uk'] },
    ]);
    // Without the model, the languages its files have: pt is nobody's.
    expect(analyzeGroups([at('a', 'en', '1'), at('a', 'uk', '1'), at('b', 'en', '2')]).missing).toEqual([{ collection: 'blog', groupKey: '2', langs: ['uk'] }]);
  });

  it('a file that lost its frontmatter is placed beside its original by name: neither an orphan nor missing', () => {
    const lost = at('a', 'pt', null, { valid: false, readable: false });
    const result = analyzeGroups([at('a', 'en', '1'), at('a', 'uk', '1'), lost], { collections: blog });
    expect(result.placedByPath).toEqual(new Map([['src/content/blog/a.pt.md', 'src/content/blog/a.en.md']]));
    expect(result).toMatchObject({ orphans: [], missing: [], invalid: ['src/content/blog/a.pt.md'] });
    expect(result.groups[0]?.members.map((m) => m.path)).toEqual(['src/content/blog/a.en.md', 'src/content/blog/a.pt.md', 'src/content/blog/a.uk.md']);
  });

  it('one with no original beside it, in another language than the source, is an orphan; in the source language it is not', () => {
    const lonely = at('lonely', 'pt', null, { valid: false, readable: false });
    const broken = at('broken', 'en', null, { valid: false, readable: false });
    expect(analyzeGroups([lonely, broken], { collections: blog })).toMatchObject({
      orphans: ['src/content/blog/lonely.pt.md'],
      invalid: ['src/content/blog/broken.en.md', 'src/content/blog/lonely.pt.md'],
    });
  });

  it('needs work: translations whose review status says so', () => {
    const result = analyzeGroups([at('a', 'en', '1', { status: null }), at('a', 'uk', '1', { status: 'needs-work' }), at('a', 'pt', '1', { status: 'approved' })]);
    expect(result.needsWork).toEqual(['src/content/blog/a.uk.md']);
  });
});
