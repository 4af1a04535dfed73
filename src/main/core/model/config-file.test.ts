import { describe, expect, it } from 'vitest';
import { parseCopydeskConfig } from './config-file';

describe('parseCopydeskConfig', () => {
  it('accepts a full config', () => {
    const text = JSON.stringify({
      sourceLanguage: 'en',
      ignore: ['drafts/**'],
      collections: [{ name: 'posts', root: 'content/posts', include: '**/*.md', pairing: { by: 'key', key: 'translationKey' }, shared: ['date'], translatable: ['title'] }],
    });
    expect(parseCopydeskConfig(text, 'copydesk.config.json')).toMatchObject({ ok: true, config: { sourceLanguage: 'en', collections: [{ name: 'posts' }] } });
  });

  const errors = [
    {
      name: 'unknown key in a collection (YAML)',
      text: 'collections:\n  - name: posts\n    roots: content\n',
      error: { line: 3, column: 5, message: 'Unknown key "roots" in collections.0' },
    },
    {
      name: 'wrong type (JSON)',
      text: '{\n  "languages": ["en", 3]\n}\n',
      error: { line: 2, column: 23, message: 'languages.1: Invalid input: expected string, received number' },
    },
    {
      name: 'not a language',
      text: '{ "sourceLanguage": "english" }',
      error: { line: 1, column: 21, message: 'sourceLanguage: Expected a language code such as en, uk or pt-br' },
    },
    {
      name: 'unknown pairing rule',
      text: 'collections:\n  - name: posts\n    pairing: { by: title }\n',
      error: { line: 3, column: 20, message: 'collections.0.pairing.by: Expected "by" to be one of key, folder, suffix, none' },
    },
    {
      name: 'key pairing without a key',
      text: 'collections:\n  - name: posts\n    pairing:\n      by: key\n',
      error: { line: 4, column: 7, message: 'collections.0.pairing.key: Invalid input: expected string, received undefined' },
    },
    {
      name: 'syntax error',
      text: '{\n  "sourceLanguage": "en",,\n}\n',
      error: { line: 2, column: 26, message: expect.stringMatching(/^Syntax error: /) },
    },
  ];
  it.each(errors)('$name → line and column', ({ text, error }) => {
    const parsed = parseCopydeskConfig(text, 'copydesk.config.yaml');
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? null : parsed.errors[0]).toEqual({ file: 'copydesk.config.yaml', ...error });
  });
});
