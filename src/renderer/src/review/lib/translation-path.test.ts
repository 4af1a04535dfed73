import { describe, expect, it } from 'vitest';
import { translationPathFor } from './translation-path';

describe('translationPathFor', () => {
  const cases = [
    { original: '2026/01/a.en.md', lang: 'uk', expected: '2026/01/a.uk.md' },
    { original: '2026/01/a.md', lang: 'pt', expected: '2026/01/a.pt.md' },
    { original: 'b.pt-BR.mdx', lang: 'es', expected: 'b.es.mdx' },
    { original: 'notes.txt', lang: 'uk', expected: 'notes.txt.uk.md' },
  ];
  it.each(cases)('$original + $lang → $expected', ({ original, lang, expected }) => {
    expect(translationPathFor(original, lang)).toBe(expected);
  });
});
