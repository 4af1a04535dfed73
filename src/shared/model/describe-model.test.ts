import { describe, expect, it } from 'vitest';
import { ignoredText, noteText, pairingText, sourceLanguageText } from './describe-model';

/* The words `copydesk model` and the Collections panel share, input → expected. */

describe('describe-model', () => {
  const pairings = [
    { input: { by: 'key' as const, key: 'externalId', translatedFrom: 'ai.translatedFrom', from: 'detected' as const }, expected: 'key externalId ← ai.translatedFrom' },
    { input: { by: 'key' as const, key: 'translationKey', from: 'config' as const }, expected: 'key translationKey' },
    { input: { by: 'folder' as const, from: 'detected' as const }, expected: 'folder' },
    { input: { by: 'none' as const, from: 'detected' as const }, expected: 'none' },
  ];
  for (const { input, expected } of pairings) {
    it(`pairing ${expected}`, () => expect(pairingText({ pairing: input })).toBe(expected));
  }

  it('source language: the rule, and the file that declares it when there is one', () => {
    expect(sourceLanguageText({ sourceLanguageFrom: 'translated-from' })).toBe('translated-from');
    expect(sourceLanguageText({ sourceLanguageFrom: 'site-default', sourceLanguageFile: 'hugo.toml' })).toBe('site-default, hugo.toml');
  });

  const notes = [
    { input: { message: 'collection blog: paired by suffix' }, expected: 'collection blog: paired by suffix' },
    { input: { file: 'src/content.config.ts', message: 'not trusted' }, expected: 'not trusted' },
    { input: { file: 'copydesk.config.json', line: 4, message: 'unknown key "pairs"' }, expected: 'unknown key "pairs" (copydesk.config.json:4)' },
    { input: { file: 'src/content.config.ts', line: 12, column: 7, message: 'threw' }, expected: 'threw (src/content.config.ts:12:7)' },
  ];
  for (const { input, expected } of notes) {
    it(`note ${expected}`, () => expect(noteText(input)).toBe(expected));
  }

  it('ignored files: the total, then each reason that counted any', () => {
    expect(ignoredText({ total: 0, gitignore: 0, config: 0, build: 0, outside: 0 })).toBe('0 Markdown files');
    expect(ignoredText({ total: 1, gitignore: 1, config: 0, build: 0, outside: 0 })).toBe('1 Markdown file (1 by .gitignore)');
    expect(ignoredText({ total: 7, gitignore: 1, config: 2, build: 3, outside: 1 })).toBe(
      "7 Markdown files (1 by .gitignore, 2 by the config's ignore globs, 3 in build output, 1 in no collection)",
    );
  });
});
