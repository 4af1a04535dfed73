import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import matter from 'gray-matter';
import { afterAll, describe, expect, it } from 'vitest';
import type { JsonSchema } from '@shared/model/content-model';
import { jsonSchemaToZod } from '@shared/model/json-schema-to-zod';
import fixtures from '@shared/schema/__fixtures__/collection-forms.json';
import { ensureCorpus, MANIFEST_FILE } from './generate-corpus';
import { listMarkdown } from './measure/list-markdown';

// The seed 000 translation's keys, in its order; originals have the same keys without `ai`.
const SEED_KEYS = [
  'title', 'description', 'publishedAt', 'updatedAt', 'lang', 'externalId', 'source', 'category', 'tags',
  'stickyWeight', 'sentiment', 'score', 'draft', 'coverImage', 'ai',
];
/** The newsroom blog's schema, as the content model reads it from the site's content config. */
const blogSchema = jsonSchemaToZod(fixtures['astro-newsroom/blog'].schema.json as JsonSchema);
const COVER_KEYS = ['raw', 'full', 'regular', 'small', 'thumb', 'small_s3'];
const LAYOUT = /^(\d{4})\/(\d{2})\/[a-z0-9]+(?:-[a-z0-9]+)*\.(en|uk|pt|es|de)\.md$/;

const temp = mkdtempSync(join(tmpdir(), 'copydesk-corpus-test-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

interface Parsed {
  path: string;
  text: string;
  data?: Record<string, unknown>;
  error?: unknown;
}

function generateAndParse(articles: number, out: string): Parsed[] {
  ensureCorpus({ articles, out, seed: 7 });
  return listMarkdown(out).map((file) => {
    const text = readFileSync(file, 'utf8');
    const path = relative(out, file).split('\\').join('/');
    try {
      return { path, text, data: matter(text, {}).data };
    } catch (error) {
      return { path, text, error };
    }
  });
}

const isValid = (file: Parsed): file is Parsed & { data: Record<string, unknown> } =>
  file.data !== undefined && Object.keys(file.data).length > 0;

describe('generate-corpus', () => {
  const small = generateAndParse(50, join(temp, 'small'));
  const valid = small.filter(isValid);

  it('writes the requested number of files in the YYYY/MM/<slug>.<lang>.md layout', () => {
    expect(small).toHaveLength(50);
    for (const file of small) expect(file.path).toMatch(LAYOUT);
  });

  it('writes frontmatter with exactly the seed keys that passes the newsroom blog’s schema', () => {
    expect(valid.length).toBeGreaterThanOrEqual(48);
    for (const { path, data } of valid) {
      const expected = data.ai === undefined ? SEED_KEYS.slice(0, -1) : SEED_KEYS;
      expect(Object.keys(data), path).toEqual(expected);
      expect(Object.keys(data.coverImage as object), path).toEqual(COVER_KEYS);
      expect(blogSchema.safeParse(data).success, path).toBe(true);
    }
  });

  it('keeps dates quoted, like the seed, so both YAML parsers read strings', () => {
    for (const { path, text } of valid) {
      expect(text, path).toMatch(/^publishedAt: '\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z'$/m);
    }
  });

  it('files each article under its publication month and language', () => {
    for (const { path, data } of valid) {
      const [, year, month, lang] = LAYOUT.exec(path) ?? [];
      expect(data.lang).toBe(lang);
      expect(String(data.publishedAt).slice(0, 7)).toBe(`${year}-${month}`);
    }
  });

  it('pairs every translation with an English original sharing its externalId and slug', () => {
    const byPath = new Map(small.map((f) => [f.path, f]));
    const translations = valid.filter((f) => f.data.lang !== 'en');
    expect(translations.length).toBeGreaterThan(10);
    for (const { path, data } of translations) {
      expect((data.ai as { translatedFrom?: unknown }).translatedFrom).toBe(data.externalId);
      const original = byPath.get(path.replace(/\.\w+\.md$/, '.en.md'));
      expect(original, path).toBeDefined();
      // The original may be one of the deliberately broken files; when it parses, it must agree.
      if (original && isValid(original)) expect(original.data.externalId).toBe(data.externalId);
    }
  });

  it('uses Cyrillic for uk and diacritics for pt, es and de bodies', () => {
    const body = (lang: string): string => valid.filter((f) => f.data.lang === lang).map((f) => f.text.split('\n---\n')[1]).join(' ');
    expect(body('uk')).toMatch(/[а-яіїєґ]{4}/);
    for (const lang of ['pt', 'es', 'de']) expect(body(lang)).toMatch(/[áàâãçéêíóôõúñäöüß]/);
    expect(body('en')).toMatch(/^## Overview$/m);
  });

  it('is deterministic for a seed and reuses a matching corpus', () => {
    const again = generateAndParse(50, join(temp, 'again'));
    expect(again.map((f) => f.text)).toEqual(small.map((f) => f.text));
    const reused = ensureCorpus({ articles: 50, out: join(temp, 'small'), seed: 7 });
    expect(reused.generated).toBe(false);
    expect(JSON.parse(readFileSync(join(temp, 'small', MANIFEST_FILE), 'utf8')).articles).toBe(50);
  });

  it('makes about 0.5% of files invalid and about 40% English originals', () => {
    const large = generateAndParse(2000, join(temp, 'large'));
    const invalid = large.filter((f) => !isValid(f));
    // Expected 10; the bounds allow for chance while still catching "none" or "many".
    expect(invalid.length).toBeGreaterThanOrEqual(3);
    expect(invalid.length).toBeLessThanOrEqual(25);
    expect(invalid.some((f) => f.error !== undefined)).toBe(true);
    expect(invalid.some((f) => !f.text.startsWith('---'))).toBe(true);
    const english = large.filter((f) => f.path.endsWith('.en.md')).length / large.length;
    expect(english).toBeGreaterThan(0.35);
    expect(english).toBeLessThan(0.45);
  });
});
