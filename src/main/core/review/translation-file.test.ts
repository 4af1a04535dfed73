import { describe, expect, it } from 'vitest';
import { NEWSROOM_FIELDS } from './test-support/newsroom-rules';
import { readFrontmatter } from '@shared/frontmatter';
import { createTranslationText } from './translation-file';
import { bodyOf, fixture } from './test-support/fixtures';

describe('createTranslationText', () => {
  const now = '2026-02-01T09:00:00.000Z';
  const original = fixture('coreweave.en.md');

  it('copies the original, changing exactly lang, draft, ai.translatedFrom and review', () => {
    const result = createTranslationText(original, 'uk', { now, fields: NEWSROOM_FIELDS });
    const expected = original
      .replace('\nlang: en\n', '\nlang: uk\n')
      .replace('\ndraft: false\n', '\ndraft: true\n')
      .replace(
        '\n---\n## Overview',
        "\nai:\n  translatedFrom: '57619983'\nreview:\n  status: unreviewed\n  at: '2026-02-01T09:00:00.000Z'\n---\n## Overview",
      );
    expect(result).toEqual({ ok: true, text: expected });
    if (!result.ok) return;
    expect(bodyOf(result.text)).toBe(bodyOf(original));
    const before = readFrontmatter(original);
    const after = readFrontmatter(result.text);
    if (!before.ok || !after.ok) throw new Error('unreadable');
    const changed = Object.keys(after.data).filter((key) => JSON.stringify(after.data[key]) !== JSON.stringify(before.data[key]));
    expect(changed).toEqual(['lang', 'draft', 'ai', 'review']);
  });

  const cases = [
    {
      name: 'a numeric id stays a number; an existing review is replaced; flow maps stay flow',
      text: '---\ntitle: T\nexternalId: 42\nlang: en\nreview: approved\nai: {version: 2}\n---\nBody\n',
      lang: 'pt-BR',
      expected: "---\ntitle: T\nexternalId: 42\nlang: pt-BR\nai: {version: 2, translatedFrom: 42}\ndraft: true\nreview:\n  status: unreviewed\n  at: '2026-02-01T09:00:00.000Z'\n---\nBody\n",
    },
    {
      name: 'CRLF endings and double quotes are kept',
      text: '---\r\ntitle: "T"\r\nexternalId: "a-1"\r\nlang: en\r\ndraft: false\r\n---\r\nBody\r\n',
      lang: 'uk',
      expected: '---\r\ntitle: "T"\r\nexternalId: "a-1"\r\nlang: uk\r\ndraft: true\r\nai:\r\n  translatedFrom: a-1\r\nreview:\r\n  status: unreviewed\r\n  at: "2026-02-01T09:00:00.000Z"\r\n---\r\nBody\r\n',
    },
  ];
  it.each(cases)('$name', ({ text, lang, expected }) => {
    expect(createTranslationText(text, lang, { now, fields: NEWSROOM_FIELDS })).toEqual({ ok: true, text: expected });
  });

  const failures = [
    { name: 'no frontmatter', text: 'Corpo sem frontmatter.\n', lang: 'uk', code: 'no-frontmatter' },
    { name: 'no key (externalId)', text: '---\ntitle: T\nlang: en\n---\nB\n', lang: 'uk', code: 'no-key' },
    { name: 'the original\'s own language', text: '---\ntitle: T\nexternalId: 1\nlang: en\n---\nB\n', lang: 'en', code: 'same-language' },
    { name: 'not a language code', text: '---\ntitle: T\nexternalId: 1\nlang: en\n---\nB\n', lang: '../x', code: 'bad-language' },
    { name: 'broken YAML', text: "---\ntitle: 'T\nexternalId: 1\n---\nB\n", lang: 'uk', code: 'yaml-syntax' },
  ];
  it.each(failures)('refuses: $name', ({ text, lang, code }) => {
    const result = createTranslationText(text, lang, { now, fields: NEWSROOM_FIELDS });
    expect(result.ok ? null : result.error.code).toBe(code);
  });
});
