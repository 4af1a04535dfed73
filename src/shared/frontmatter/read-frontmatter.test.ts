import { describe, expect, it } from 'vitest';
import { readFrontmatter } from './read-frontmatter';
import { bom, crlf, file, ptNoFrontmatter, ukSeed } from './test-support/fixtures';

const SEED_DATA = {
  title: 'CoreWeave показує, як інфраструктура ери криптовалют тихо стала основою ШІ.',
  publishedAt: '2026-01-31T18:04:41.000Z',
  updatedAt: '2026-01-31T18:29:36.980Z',
  lang: 'uk',
  externalId: '57619983',
  source: { name: 'Cointelegraph', key: 'cointelegraph', type: 'RSS' },
  category: 'MINING',
  tags: ['MINING'],
  stickyWeight: 0,
  sentiment: 'POSITIVE',
  score: 0,
  draft: false,
  ai: { translatedFrom: '57619983', version: 1 },
};

describe('readFrontmatter', () => {
  it.each([
    { name: 'LF', input: ukSeed },
    { name: 'CRLF', input: crlf(ukSeed) },
    { name: 'BOM', input: bom(ukSeed) },
  ])('reads the uk seed ($name)', ({ input }) => {
    const result = readFrontmatter(input);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.data).toMatchObject(SEED_DATA);
    expect((result.data.coverImage as Record<string, string>).small_s3).toBe(
      'https://s3.us-west-2.amazonaws.com/images.unsplash.com/small/photo-1647485938389-91df46750f1b',
    );
  });

  it('keeps unquoted dates as strings and reads numeric ids as numbers', () => {
    const result = readFrontmatter(file('---', 'publishedAt: 2026-01-31T18:04:41.000Z', 'date: 2026-01-31', 'externalId: 57619983', '---'));
    expect(result).toEqual({ ok: true, data: { publishedAt: '2026-01-31T18:04:41.000Z', date: '2026-01-31', externalId: 57619983 } });
  });

  it('reads an empty block as {}', () => {
    expect(readFrontmatter('---\n---\nBody')).toEqual({ ok: true, data: {} });
    expect(readFrontmatter('---\n# only a comment\n---\n')).toEqual({ ok: true, data: {} });
  });

  it.each([
    { name: 'no frontmatter', input: ptNoFrontmatter, code: 'no-frontmatter', line: 1 },
    { name: 'syntax error', input: file('---', 'title: a', 'title: b', '---'), code: 'yaml-syntax', line: 3 },
    { name: 'not a mapping', input: file('---', 'just text', '---'), code: 'not-a-mapping', line: 2 },
    { name: 'unresolved alias', input: file('---', 'a: *nowhere', '---'), code: 'yaml-syntax', line: undefined },
  ])('reports $name', ({ input, code, line }) => {
    const result = readFrontmatter(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.line).toBe(line);
    }
  });
});
