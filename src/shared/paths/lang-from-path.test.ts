import { describe, expect, it } from 'vitest';
import { isMarkdownPath, langFromPath } from './lang-from-path';

describe('langFromPath', () => {
  const cases = [
    { input: 'foo/bar.uk.md', expected: 'uk' },
    { input: 'x.pt-BR.mdx', expected: 'pt-BR' },
    { input: 'src/content/blog/2026/01/coreweave.en.markdown', expected: 'en' },
    { input: 'x.md', expected: null },
    { input: 'x.uk.MD', expected: 'uk' },
    { input: 'dir.uk/x.md', expected: null },
    { input: 'my.notes.md', expected: null },
    { input: 'x.EN.md', expected: null },
    { input: 'x.uk.txt', expected: null },
    { input: '.uk.md', expected: null },
    { input: 'a\\b\\c.de.md', expected: 'de' },
    { input: 'x.zh-Hant-TW.md', expected: 'zh-Hant-TW' },
  ];
  it.each(cases)('$input → $expected', ({ input, expected }) => {
    expect(langFromPath(input)).toBe(expected);
  });
});

describe('isMarkdownPath', () => {
  const cases = [
    { input: 'a.md', expected: true },
    { input: 'a/b.uk.mdx', expected: true },
    { input: 'b.MARKDOWN', expected: true },
    { input: 'b.md.bak', expected: false },
    { input: '.md', expected: false },
    { input: 'md', expected: false },
    { input: 'notes.txt', expected: false },
  ];
  it.each(cases)('$input → $expected', ({ input, expected }) => {
    expect(isMarkdownPath(input)).toBe(expected);
  });
});
