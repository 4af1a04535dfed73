import { describe, expect, it } from 'vitest';
import { asLanguage, isLanguageCode } from './language-code';

describe('isLanguageCode / asLanguage', () => {
  const cases = [
    { value: 'en', code: 'en' },
    { value: 'uk', code: 'uk' },
    { value: 'pt-br', code: 'pt-br' },
    { value: 'pt-BR', code: 'pt-br' },
    { value: 'zh_Hans', code: 'zh-hans' },
    { value: 'fil', code: 'fil' },
    // Words that look like codes but are folders, suffixes or field values.
    { value: 'api', code: null },
    { value: 'doc', code: null },
    { value: 'v2', code: null },
    { value: 'guides', code: null },
    { value: 'ETF', code: null },
    { value: '', code: null },
  ];
  it.each(cases)('$value → $code', ({ value, code }) => {
    expect(isLanguageCode(value)).toBe(code !== null);
    expect(asLanguage(value)).toBe(code);
  });
});
