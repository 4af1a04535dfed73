// Tests may read fixtures from disk; the core modules themselves stay free of node built-ins.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleIssue } from '@shared/errors';
import type { JsonSchema, ModelCollection } from '@shared/model/content-model';
import { jsonSchemaToZod } from '@shared/model/json-schema-to-zod';
import fixtures from '@shared/schema/__fixtures__/collection-forms.json';
import { parseArticle } from './parse-article';

const lines = (...l: string[]): string => l.join('\n');
const REQUIRED = ["title: 'Hello'", 'publishedAt: 2026-01-31T18:04:41.000Z', 'category: Markets', "externalId: '1'"];
/** The newsroom blog's schema, as its content model has it (schema problems are worded under the keys). */
const BLOG = jsonSchemaToZod(fixtures['astro-newsroom/blog'].schema.json as JsonSchema);
/** The blog as a content-model collection: what `meta` is read through (roles, pairing by externalId). */
const BLOG_COLLECTION: ModelCollection = {
  name: 'blog',
  root: 'blog',
  include: ['**/*.md'],
  files: 0,
  schema: { source: 'config', json: {} },
  pairing: { by: 'key', key: 'externalId', translatedFrom: 'ai.translatedFrom', from: 'config' },
  languageField: 'lang',
  defaultLanguage: 'en',
  languages: ['en', 'uk'],
  sourceLanguage: 'en',
  sourceLanguageFrom: 'config',
  fields: { shared: [], translatable: [], from: 'config' },
  roles: { title: 'title', description: 'description', date: 'publishedAt', updated: 'updatedAt', tags: 'tags', category: 'category', draft: 'draft' },
};
const IN_BLOG = { collection: BLOG_COLLECTION, path: 'blog/2026/a.md' };
const fixture = (name: string): string => readFileSync(join(__dirname, '__fixtures__', name), 'utf8');

interface ValidCase {
  name: string;
  input: string;
  body: string;
  bodyLine: number;
  meta?: Record<string, unknown>;
  frontmatter?: Record<string, unknown>;
  /** Judged by the blog's schema unless null. */
  schema?: null;
}

const validCases: ValidCase[] = [
  { name: 'plain LF', input: lines('---', ...REQUIRED, '---', 'Body'), body: 'Body', bodyLine: 7, meta: { title: 'Hello', category: 'Markets', collection: 'blog', groupKey: '1' } },
  { name: 'CRLF line endings', input: ['---', ...REQUIRED, '---', 'Body', 'More', ''].join('\r\n'), body: 'Body\nMore\n', bodyLine: 7, meta: { title: 'Hello' } },
  { name: 'BOM before the opening ---', input: `\uFEFF${lines('---', ...REQUIRED, '---', '', 'Body')}`, body: '\nBody', bodyLine: 7, meta: { title: 'Hello' } },
  {
    name: 'comments, including one between keys and one after a value',
    input: lines('---', '# generated', "title: 'Hello' # inline", 'publishedAt: 2026-01-31T18:04:41.000Z', '  # indented comment', 'category: Markets', "externalId: '1'", '---', 'B'),
    body: 'B',
    bodyLine: 9,
    meta: { title: 'Hello' },
  },
  { name: 'flow list of tags', input: lines('---', ...REQUIRED, 'tags: [MINING, "BTC", MINING]', '---', ''), body: '', bodyLine: 8, meta: { tags: ['MINING', 'BTC'] } },
  {
    name: 'folded scalar >-',
    input: lines('---', ...REQUIRED, 'description: >-', '  First line', '  continues here.', '---', 'B'),
    body: 'B',
    bodyLine: 10,
    meta: { description: 'First line continues here.' },
  },
  { name: 'unquoted timestamp becomes ISO', input: lines('---', ...REQUIRED.slice(0, 1), 'publishedAt: 2026-01-31 18:04:41', ...REQUIRED.slice(2), '---'), body: '', bodyLine: 7, meta: { publishedAt: '2026-01-31T18:04:41.000Z' } },
  { name: 'unquoted date only', input: lines('---', REQUIRED[0] ?? '', 'publishedAt: 2026-01-31', 'updatedAt: 2026-02-01T10:00:00+02:00', ...REQUIRED.slice(2), '---'), body: '', bodyLine: 8, meta: { publishedAt: '2026-01-31T00:00:00.000Z', updatedAt: '2026-02-01T08:00:00.000Z' } },
  { name: 'quoted date kept as written', input: lines('---', REQUIRED[0] ?? '', "publishedAt: '2026-01-31T18:04:41Z'", ...REQUIRED.slice(2), '---'), body: '', bodyLine: 7, meta: { publishedAt: '2026-01-31T18:04:41Z' } },
  {
    // The site's schema rejects a numeric id; read without one, the meta still has it as text.
    name: 'numeric externalId and translatedFrom become strings',
    schema: null,
    input: lines('---', ...REQUIRED.slice(0, 3), 'externalId: 57619983', 'ai:', '  translatedFrom: 57619983', '  version: 1', '---'),
    body: '',
    bodyLine: 10,
    meta: { groupKey: '57619983', translatedFrom: '57619983' },
  },
  {
    name: 'unknown keys are kept in frontmatter',
    input: lines('---', ...REQUIRED, 'layout: post', 'seo:', '  noindex: true', '---'),
    body: '',
    bodyLine: 10,
    frontmatter: { layout: 'post', seo: { noindex: true } },
  },
  { name: 'a --- rule in the body stays in the body', input: lines('---', ...REQUIRED, '---', 'Intro', '', '---', '', 'After the rule'), body: lines('Intro', '', '---', '', 'After the rule'), bodyLine: 7 },
  {
    name: 'a second --- block later is body text',
    input: lines('---', ...REQUIRED, '---', '---', 'not: frontmatter', '---', 'text'),
    body: lines('---', 'not: frontmatter', '---', 'text'),
    bodyLine: 7,
    meta: { title: 'Hello' },
  },
  { name: 'no newline after the closing marker', input: `${lines('---', ...REQUIRED, '---')}`, body: '', bodyLine: 7, meta: { title: 'Hello' } },
  { name: 'closing marker with trailing spaces', input: lines('--- ', ...REQUIRED, '---  ', 'B'), body: 'B', bodyLine: 7 },
  {
    name: 'Cyrillic and emoji',
    input: lines('---', "title: 'CoreWeave показує 😀'", ...REQUIRED.slice(1, 2), 'lang: uk', "externalId: '2'", 'category: Майнінг', '---', '## Огляд'),
    body: '## Огляд',
    bodyLine: 8,
    meta: { title: 'CoreWeave показує 😀', lang: 'uk', category: 'Майнінг' },
  },
  {
    name: 'draft only when literally true; sentiment and category read',
    input: lines('---', ...REQUIRED.filter((line) => !line.startsWith('category:')), 'draft: true', 'sentiment: NEGATIVE', 'category: BTC', '---'),
    body: '',
    bodyLine: 9,
    meta: { draft: true, category: 'BTC' },
  },
];

describe('parseArticle: valid files', () => {
  it.each(validCases)('$name', ({ input, body, bodyLine, meta, frontmatter, schema = BLOG }) => {
    const parsed = parseArticle(input, schema, IN_BLOG);
    expect(parsed.issues).toEqual([]);
    expect(parsed.body).toBe(body);
    expect(parsed.bodyLine).toBe(bodyLine);
    if (meta) expect(parsed.meta).toMatchObject(meta);
    if (frontmatter) expect(parsed.frontmatter).toMatchObject(frontmatter);
  });
});

interface InvalidCase {
  name: string;
  input: string;
  issues: Partial<ArticleIssue>[];
  meta?: Record<string, unknown>;
}

const invalidCases: InvalidCase[] = [
  { name: 'empty file', input: '', issues: [{ code: 'no-frontmatter', line: 1 }] },
  { name: 'whitespace-only file', input: ' \n\t\n  ', issues: [{ code: 'no-frontmatter', line: 1 }] },
  { name: 'body without frontmatter', input: 'Just text\n---\nmore', issues: [{ code: 'no-frontmatter', line: 1 }] },
  { name: 'frontmatter not on the first line', input: lines('', '---', ...REQUIRED, '---'), issues: [{ code: 'no-frontmatter', line: 1 }] },
  { name: 'no closing ---', input: lines('---', ...REQUIRED, 'Body text'), issues: [{ code: 'yaml-syntax', line: 1 }] },
  { name: 'a file that is only ---', input: '---', issues: [{ code: 'yaml-syntax', line: 1 }] },
  { name: '--- followed by a newline and EOF', input: '---\n', issues: [{ code: 'yaml-syntax', line: 1 }] },
  {
    name: 'bad indentation (line 4, column 6)',
    // line 1 ---, 2 title, 3 lang, 4 "  bad: 1" is indented under a scalar
    input: lines('---', "title: 'Broken'", 'lang: uk', '  bad: 1', "externalId: '9'", '---', 'B'),
    issues: [{ code: 'yaml-syntax', line: 4, column: 6 }],
    meta: { title: 'Broken', lang: 'uk', groupKey: '9' },
  },
  {
    name: 'an apostrophe closing a single-quoted string early points at that line, not the next key',
    // line 1 ---, 2 title with an undoubled apostrophe (column 15, the `s`, is the stray text after the early closing quote), 3 lang
    input: lines('---', "title: 'Miner's rigs'", 'lang: uk', "externalId: '9'", '---', 'B'),
    issues: [{ code: 'yaml-syntax', line: 2, column: 15 }],
  },
  {
    name: 'unterminated flow list points at its last YAML line',
    input: lines('---', "title: 'T'", 'tags: [A, B', '---'),
    issues: [{ code: 'yaml-syntax', line: 3 }],
  },
  { name: 'duplicated key', input: lines('---', ...REQUIRED, "title: 'Again'", '---'), issues: [{ code: 'yaml-syntax', line: 6 }] },
  { name: 'frontmatter that is a list', input: lines('---', '- a', '- b', '---'), issues: [{ code: 'yaml-syntax', line: 2 }] },
  { name: 'frontmatter that is a scalar', input: lines('---', 'just words', '---'), issues: [{ code: 'yaml-syntax', line: 2 }] },
  { name: '---js is not a delimiter (and never evaluated)', input: lines('---js', '{ title: (globalThis.__copydeskPwned = 1) }', '---'), issues: [{ code: 'no-frontmatter', line: 1 }] },
  {
    name: 'empty frontmatter: every required field missing, at line 1',
    input: lines('---', '---', 'B'),
    issues: ['title', 'publishedAt', 'externalId', 'category'].map((field) => ({ code: 'schema' as const, field, line: 1, message: `${field} is required` })),
  },
  {
    name: 'bad sentiment on line 6',
    input: lines('---', ...REQUIRED, 'sentiment: HAPPY', '---'),
    issues: [{ code: 'schema', field: 'sentiment', line: 6, message: 'sentiment must be one of POSITIVE, NEGATIVE, NEUTRAL' }],
    meta: { title: 'Hello' },
  },
  {
    name: 'an id written as a number, which the site rejects, on line 5',
    input: lines('---', ...REQUIRED.slice(0, 3), 'externalId: 60340789', '---'),
    issues: [{ code: 'schema', field: 'externalId', line: 5, message: 'externalId must be text' }],
  },
  {
    name: 'a nested key after a comment, on line 9',
    input: lines('---', ...REQUIRED, 'source:', '  name: Wire', '  # key below', '  key: 7', '  type: rss', '---'),
    issues: [{ code: 'schema', field: 'source.key', line: 9, message: 'source › key must be text' }],
  },
  {
    name: 'non-string tag on line 8',
    input: lines('---', ...REQUIRED, 'tags:', '  - OK', '  - 42', '---'),
    issues: [{ code: 'schema', field: 'tags.1', line: 8 }],
    meta: { tags: ['OK'] },
  },
  {
    name: 'draft as a string is not a draft',
    input: lines('---', ...REQUIRED, "draft: 'true'", '---'),
    issues: [{ code: 'schema', field: 'draft', line: 6 }],
    meta: { draft: false },
  },
  {
    name: 'unparseable date string',
    input: lines('---', REQUIRED[0] ?? '', 'publishedAt: yesterday', ...REQUIRED.slice(2), '---'),
    issues: [{ code: 'schema', field: 'publishedAt', line: 3, message: 'publishedAt: expected a date (2026-01-31 or 2026-01-31T09:30:00Z)' }],
    meta: { publishedAt: null },
  },
  {
    name: 'CRLF with a schema error keeps file line numbers',
    input: ['---', ...REQUIRED, 'tags:', '  - 42', '---'].join('\r\n'),
    issues: [{ code: 'schema', field: 'tags.0', line: 7 }],
  },
];

describe('parseArticle: invalid files', () => {
  it.each(invalidCases)('$name', ({ input, issues, meta }) => {
    const parsed = parseArticle(input, BLOG, IN_BLOG);
    expect(parsed.issues).toHaveLength(issues.length);
    issues.forEach((expected, i) => expect(parsed.issues[i]).toMatchObject(expected));
    if (meta) expect(parsed.meta).toMatchObject(meta);
  });

  it('never evaluates a ---js block', () => {
    parseArticle(lines('---js', '{ title: (globalThis.__copydeskPwned = 1) }', '---'));
    parseArticle(lines('---javascript', '(globalThis.__copydeskPwned = 1)', '---'));
    expect((globalThis as { __copydeskPwned?: number }).__copydeskPwned).toBeUndefined();
  });

  it('tells the person what to add when there is no frontmatter', () => {
    const [issue] = parseArticle('Text only').issues;
    expect(issue?.message).toContain('Add a YAML frontmatter block starting with --- on the first line');
  });

  it('keeps the whole text as body when there is no frontmatter, so it can still be searched', () => {
    const parsed = parseArticle('Line one\r\nLine two');
    expect(parsed).toMatchObject({ frontmatter: null, body: 'Line one\nLine two', bodyLine: 1 });
  });
});

describe('parseArticle: real seeds', () => {
  it('parses the Ukrainian translation as valid', () => {
    const parsed = parseArticle(fixture('seed-uk.md'), BLOG, IN_BLOG);
    expect(parsed.issues).toEqual([]);
    expect(parsed.bodyLine).toBe(30);
    expect(parsed.body.startsWith('## Огляд\n')).toBe(true);
    expect(parsed.meta).toEqual({
      title: 'CoreWeave показує, як інфраструктура ери криптовалют тихо стала основою ШІ.',
      description: 'Ландшафт дата-центрів зазнає значної трансформації, оскільки колишні майнери криптовалют переходять до надання обчислювальних ресурсів для штучного інтелекту…',
      publishedAt: '2026-01-31T18:04:41.000Z',
      updatedAt: '2026-01-31T18:29:36.980Z',
      lang: 'uk',
      pathLang: null,
      collection: 'blog',
      groupKey: '57619983',
      translatedFrom: '57619983',
      category: 'MINING',
      tags: ['MINING'],
      draft: false,
    });
  });

  it('reports exactly one no-frontmatter issue for the Portuguese body', () => {
    const parsed = parseArticle(fixture('seed-no-frontmatter.md'));
    expect(parsed.issues).toHaveLength(1);
    expect(parsed.issues[0]).toMatchObject({ code: 'no-frontmatter', line: 1 });
    expect(parsed.frontmatter).toBeNull();
  });
});

describe('parseArticle without a schema', () => {
  it('parses only: a file the schema would reject has no issues, syntax errors still do', () => {
    expect(parseArticle(lines('---', 'sentiment: HAPPY', '---', 'B'), null).issues).toEqual([]);
    expect(parseArticle(lines('---', 'sentiment: HAPPY', '---', 'B')).issues).toEqual([]);
    expect(parseArticle(lines('---', "title: 'It's'", '---')).issues).toMatchObject([{ code: 'yaml-syntax', line: 2 }]);
  });
});

describe('parseArticle: size and purity', () => {
  it('keeps a 1.5 MB body whole', () => {
    const paragraph = 'Ландшафт дата-центрів зазнає значних змін. Proof of work.\n\n';
    const body = paragraph.repeat(Math.ceil(1_500_000 / paragraph.length));
    const input = lines('---', ...REQUIRED, '---', body);
    const parsed = parseArticle(input, BLOG);
    expect(parsed.issues).toEqual([]);
    expect(parsed.body).toBe(body);
  });

  it('returns equal results for equal input and does not share objects', () => {
    const input = lines('---', ...REQUIRED, 'tags: [A]', '---', 'B');
    const first = parseArticle(input);
    first.meta.tags.push('mutated');
    (first.frontmatter as Record<string, unknown>).title = 'mutated';
    const second = parseArticle(input);
    expect(second.meta.tags).toEqual(['A']);
    expect(second.frontmatter?.title).toBe('Hello');
  });
});
