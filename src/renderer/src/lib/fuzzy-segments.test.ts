import { describe, expect, it } from 'vitest';
import { fuzzySegments } from './fuzzy-segments';

const render = (text: string, query: string): string =>
  fuzzySegments(text, query)
    .map((s) => (s.match ? `[${s.text}]` : s.text))
    .join('');

describe('fuzzySegments', () => {
  const cases = [
    { text: 'Miners weigh immersion cooling', query: '', expected: 'Miners weigh immersion cooling' },
    { text: 'Miners weigh immersion cooling', query: 'IMMERSION', expected: 'Miners weigh [immersion] cooling' },
    { text: '2026/02/immersion-cooling-retrofits.en.md', query: 'imcool', expected: '2026/02/[im]mersion-[cool]ing-retrofits.en.md' },
    { text: 'Texas miners', query: 'tex min', expected: '[Tex]as [min]ers' },
    { text: 'abc', query: 'xyz', expected: 'abc' },
  ];
  for (const { text, query, expected } of cases) {
    it(`${JSON.stringify(query)} in ${JSON.stringify(text)}`, () => expect(render(text, query)).toBe(expected));
  }
});
