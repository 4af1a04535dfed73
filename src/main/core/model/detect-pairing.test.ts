import { describe, expect, it } from 'vitest';
import { detectLanguageField, detectPairing, detectTranslatedFrom } from './detect-pairing';
import type { ModelFile } from './model-file';

const file = (path: string, data: Record<string, unknown> | null = {}): ModelFile => ({ path, data });
const en = { languageField: null, defaultLanguage: 'en' };

describe('detectPairing', () => {
  it('suffixes: name.md is the default language', () => {
    const files = [file('a.md'), file('a.uk.md'), file('a.de.md'), file('b.md'), file('b.de.md'), file('c.md')];
    expect(detectPairing(files, en)).toMatchObject({ rule: { by: 'suffix' }, counts: { key: 0, folder: 0, suffix: 5 } });
  });

  it('locale folders, with the default locale at the root (Starlight)', () => {
    const files = [file('index.md'), file('guides/a.md'), file('uk/index.md'), file('pt-br/guides/a.md'), file('pt-br/index.md'), file('api/b.md')];
    expect(detectPairing(files, en)).toMatchObject({ rule: { by: 'folder' }, counts: { folder: 5, suffix: 0 } });
  });

  it('a shared key with a translated-from field, found by behaviour, not by name', () => {
    const files = [
      file('2026/one.md', { ref: 'x1', lang: 'en', kind: 'news' }),
      file('2026/uno.md', { ref: 'x1', lang: 'es', kind: 'news', origin: { from: 'x1' } }),
      file('2026/two.md', { ref: 'x2', lang: 'en', kind: 'news' }),
      file('2026/dos.md', { ref: 'x2', lang: 'es', kind: 'news', origin: { from: 'x2' } }),
    ];
    const context = { languageField: 'lang', defaultLanguage: 'en' };
    // `kind` repeats across languages too, but each group of it holds a language twice: not a key.
    expect(detectPairing(files, context)).toMatchObject({ rule: { by: 'key', key: 'ref', translatedFrom: 'origin.from' }, counts: { key: 4, folder: 0, suffix: 0 } });
  });

  it('of two fields that pair alike, the top-level one wins over a nested one (a cover image copied to every translation)', () => {
    const files = [
      file('a.en.md', { cover: { url: 'https://img/a' }, id: '1', lang: 'en' }),
      file('a.uk.md', { cover: { url: 'https://img/a' }, id: '1', lang: 'uk', ai: { from: '1' } }),
      file('b.en.md', { cover: { url: 'https://img/b' }, id: '2', lang: 'en' }),
      file('b.uk.md', { cover: { url: 'https://img/b' }, id: '2', lang: 'uk', ai: { from: '2' } }),
    ];
    const context = { languageField: 'lang', defaultLanguage: 'en' };
    expect(detectPairing(files, context)).toMatchObject({ rule: { by: 'key', key: 'id', translatedFrom: 'ai.from' }, counts: { key: 4 } });
  });

  it('the key wins over suffixes while it pairs at least 80 % as many (a translation lost its frontmatter)', () => {
    const base = [
      file('a.en.md', { id: '1', lang: 'en' }),
      file('a.uk.md', { id: '1', lang: 'uk' }),
      file('a.pt.md', null),
      file('b.en.md', { id: '2', lang: 'en' }),
      file('b.uk.md', { id: '2', lang: 'uk' }),
    ];
    const context = { languageField: 'lang', defaultLanguage: 'en' };
    expect(detectPairing(base, context)).toMatchObject({ rule: { by: 'key', key: 'id' }, counts: { key: 4, suffix: 5 } });
    // Only one of three groups has the key: the suffix rule wins.
    const sparse = [file('a.en.md', { id: '1' }), file('a.uk.md', { id: '1' }), file('b.en.md'), file('b.uk.md'), file('c.en.md'), file('c.uk.md')];
    expect(detectPairing(sparse, en)).toMatchObject({ rule: { by: 'suffix' }, counts: { key: 2, suffix: 6 } });
  });

  it('dates and numbers shared by translations are not keys', () => {
    const files = [
      file('x.md', { publishedAt: '2026-01-12T09:30:00.000Z', order: 1, lang: 'en' }),
      file('y.md', { publishedAt: '2026-01-12T09:30:00.000Z', order: 1, lang: 'uk' }),
    ];
    expect(detectPairing(files, { languageField: 'lang', defaultLanguage: 'en' })).toMatchObject({ rule: { by: 'none' }, counts: { key: 0 } });
  });

  it('one language only: nothing pairs', () => {
    expect(detectPairing([file('a.md'), file('b.md')], en).rule).toEqual({ by: 'none' });
  });
});

describe('detectTranslatedFrom', () => {
  it('needs the originals to lack it', () => {
    const everywhere = [file('a', { id: '1', src: '1' }), file('b', { id: '1', src: '1' })];
    expect(detectTranslatedFrom(everywhere, 'id')).toBeNull();
  });
});

describe('detectLanguageField', () => {
  const cases = [
    { name: 'lang', files: [file('a', { lang: 'en' }), file('b', { lang: 'pt-BR' })], field: 'lang' },
    { name: 'locale beside a template: doc', files: [file('a', { locale: 'de', template: 'doc' }), file('b', { locale: 'fr', template: 'doc' })], field: 'locale' },
    { name: 'no language values', files: [file('a', { category: 'ETF' }), file('b', { category: 'MINING' })], field: null },
    { name: 'present in too few files', files: [file('a', { lang: 'en' }), file('b', {}), file('c', {})], field: null },
  ];
  it.each(cases)('$name → $field', ({ files, field }) => {
    expect(detectLanguageField(files)).toBe(field);
  });
});
