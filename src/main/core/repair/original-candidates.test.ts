import { describe, expect, it } from 'vitest';
import { placeByPath, type PlaceOptions } from './original-candidates';

const base: PlaceOptions = { rule: 'suffix', root: '.', languages: ['en', 'pt', 'uk'], sourceLanguage: 'en', defaultLanguage: 'en' };

describe('placeByPath', () => {
  const cases: { name: string; path: string; options?: Partial<PlaceOptions>; lang: string | null; first: string[] }[] = [
    { name: 'suffix: the source suffix first, then the bare name (default language)', path: 'blog/a.pt.md', lang: 'pt', first: ['blog/a.en.md', 'blog/a.en.mdx', 'blog/a.en.markdown', 'blog/a.md'] },
    { name: 'suffix: other languages after the source', path: 'a.pt.mdx', lang: 'pt', first: ['a.en.mdx', 'a.en.md', 'a.en.markdown', 'a.mdx', 'a.md', 'a.markdown', 'a.uk.mdx'] },
    { name: 'folder: the same path under the source folder, then the root locale', path: 'docs/pt/guides/x.md', options: { rule: 'folder', root: 'docs' }, lang: 'pt', first: ['docs/en/guides/x.md', 'docs/en/guides/x.mdx', 'docs/en/guides/x.markdown', 'docs/guides/x.md'] },
    { name: 'folder: a locale folder outside the root is not one', path: 'pt/x.md', options: { rule: 'folder', root: 'docs' }, lang: null, first: [] },
    { name: 'key: the suffix when the name has one', path: 'a.uk.md', options: { rule: 'key' }, lang: 'uk', first: ['a.en.md'] },
    { name: 'key: else the locale folder', path: 'uk/a.md', options: { rule: 'key' }, lang: 'uk', first: ['en/a.md'] },
    { name: 'no language in the path', path: 'notes/a.md', options: { rule: null }, lang: null, first: [] },
  ];
  it.each(cases)('$name', ({ path, options, lang, first }) => {
    const place = placeByPath(path, { ...base, ...options });
    expect(place.lang).toBe(lang);
    expect(place.candidates.slice(0, first.length).map((c) => c.path)).toEqual(first);
    expect(place.candidates.every((c) => c.lang !== lang)).toBe(true);
  });
});
