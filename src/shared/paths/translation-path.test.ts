import { describe, expect, it } from 'vitest';
import { translationPath } from './translation-path';

describe('translationPath', () => {
  const cases = [
    { path: 'src/content/blog/2026/01/coreweave.en.md', lang: 'uk', expected: 'src/content/blog/2026/01/coreweave.uk.md' },
    { path: 'a/b/slug.md', lang: 'uk', expected: 'a/b/slug.uk.md' },
    { path: 'slug.md', lang: 'pt-BR', expected: 'slug.pt-BR.md' },
    { path: 'a/slug.en.mdx', lang: 'de', expected: 'a/slug.de.mdx' },
    { path: 'a/slug.markdown', lang: 'de', expected: 'a/slug.de.markdown' },
    { path: 'a/slug.pt-BR.MD', lang: 'en', expected: 'a/slug.en.MD' },
    { path: 'a/my.notes.md', lang: 'uk', expected: 'a/my.notes.uk.md' },
    { path: 'dir.en/slug.md', lang: 'uk', expected: 'dir.en/slug.uk.md' },
    { path: 'a/readme.txt', lang: 'uk', expected: 'a/readme.txt.uk.md' },
    { path: 'b.pt-BR.mdx', lang: 'es', expected: 'b.es.mdx' },
  ];
  it.each(cases)('$path + $lang → $expected', ({ path, lang, expected }) => {
    expect(translationPath(path, lang)).toBe(expected);
  });
});
