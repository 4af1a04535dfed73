import type { ModelCollection } from '../content-model';

/**
 * A collection for tests: nothing detected, nothing paired, English, no
 * roles — each test sets only what it is about.
 */
export function modelCollection(over: Partial<ModelCollection> = {}): ModelCollection {
  return {
    name: 'c',
    root: 'src/content/c',
    include: ['**/*.md'],
    files: 0,
    schema: { source: 'inferred', json: {} },
    pairing: { by: 'none', from: 'detected' },
    defaultLanguage: 'en',
    languages: [],
    sourceLanguage: 'en',
    sourceLanguageFrom: 'most-files',
    fields: { shared: [], translatable: [], from: 'inferred' },
    roles: {},
    ...over,
  };
}
