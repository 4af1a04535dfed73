import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { NEWSROOM_RULES } from './test-support/newsroom-rules';
import { readFrontmatter } from '@shared/frontmatter';
import { checkConsistency, type ArticleSide } from './consistency-checks';
import { bodyOf, fixture } from './test-support/fixtures';

const DIR = 'src/content/blog/2026/01';
const enText = fixture('coreweave.en.md');
const ukText = fixture('coreweave.uk.md');

/** Parsed like the indexer does (gray-matter / js-yaml), or like the editor does (`yaml`). */
function side(path: string, text: string, parser: 'js-yaml' | 'yaml' = 'yaml'): ArticleSide {
  if (parser === 'js-yaml') {
    const parsed = matter(text, {});
    return { path, data: parsed.data, body: parsed.content };
  }
  const read = readFrontmatter(text);
  if (!read.ok) throw new Error(read.error.message);
  return { path, data: read.data, body: bodyOf(text) };
}

const source = side(`${DIR}/coreweave.en.md`, enText);
const translation = side(`${DIR}/coreweave.uk.md`, ukText);
const run = (changes: { source?: Partial<ArticleSide>; translation?: Partial<ArticleSide>; originalExists?: boolean; duplicateOfLang?: boolean } = {}) =>
  checkConsistency({
    rules: NEWSROOM_RULES,
    source: { ...source, ...changes.source },
    translation: { ...translation, ...changes.translation },
    originalExists: changes.originalExists ?? true,
    duplicateOfLang: changes.duplicateOfLang ?? false,
  });
const withData = (patch: Record<string, unknown>): Partial<ArticleSide> => ({ data: { ...translation.data, ...patch } });

describe('checkConsistency on the seed and its original', () => {
  it('finds nothing wrong with a faithful translation', () => {
    expect(run()).toEqual([]);
  });

  it('finds nothing when one side was read by js-yaml (Date, numbers) and the other by yaml', () => {
    const jsYaml = side(`${DIR}/coreweave.en.md`, enText.replace("publishedAt: '2026-01-31T18:04:41.000Z'", 'publishedAt: 2026-01-31T18:04:41Z').replace("externalId: '57619983'", 'externalId: 57619983'), 'js-yaml');
    expect(jsYaml.data.publishedAt).toBeInstanceOf(Date);
    expect(jsYaml.data.externalId).toBe(57619983);
    expect(checkConsistency({ rules: NEWSROOM_RULES, source: jsYaml, translation, originalExists: true, duplicateOfLang: false })).toEqual([]);
  });
});

describe('checkConsistency: each check firing', () => {
  const cases = [
    {
      name: 'a different category → copy it',
      input: { translation: withData({ category: 'AI' }) },
      expected: [{ id: 'field:category', fix: { path: ['category'], value: 'MINING' } }],
    },
    {
      name: 'a different instant → copy the ISO string',
      input: { source: { data: { ...source.data, publishedAt: new Date('2026-01-31T18:04:41.000Z') } }, translation: withData({ publishedAt: '2026-01-31T19:04:41.000Z' }) },
      expected: [{ id: 'field:publishedAt', fix: { path: ['publishedAt'], value: '2026-01-31T18:04:41.000Z' } }],
    },
    {
      name: 'different tags → copy the list',
      input: { translation: withData({ tags: ['MINING', 'AI'] }) },
      expected: [{ id: 'field:tags', fix: { path: ['tags'], value: ['MINING'] } }],
    },
    {
      name: 'a missing sentiment and a changed score',
      input: { translation: withData({ sentiment: undefined, score: 3 }) },
      expected: [
        { id: 'field:sentiment', fix: { path: ['sentiment'], value: 'POSITIVE' } },
        { id: 'field:score', fix: { path: ['score'], value: 0 } },
      ],
    },
    {
      name: 'a field the source does not have → delete it',
      input: { source: { data: { ...source.data, stickyWeight: undefined } } },
      expected: [{ id: 'field:stickyWeight', fix: { path: ['stickyWeight'], delete: true } }],
    },
    {
      name: 'one leaf of a group differs → that leaf only',
      input: { translation: withData({ coverImage: { ...(translation.data.coverImage as object), thumb: 'https://example.com/t.jpg' } }) },
      expected: [{ id: 'field:coverImage.thumb', fix: { path: ['coverImage', 'thumb'], value: (source.data.coverImage as Record<string, unknown>).thumb } }],
    },
    {
      name: 'a group missing in the translation → each leaf',
      input: { translation: withData({ source: undefined }) },
      expected: [
        { id: 'field:source.name', fix: { path: ['source', 'name'], value: 'Cointelegraph' } },
        { id: 'field:source.key', fix: { path: ['source', 'key'], value: 'cointelegraph' } },
        { id: 'field:source.type', fix: { path: ['source', 'type'], value: 'RSS' } },
      ],
    },
    {
      name: 'a different externalId',
      input: { translation: withData({ externalId: '57619984' }) },
      expected: [{ id: 'field:externalId', fix: { path: ['externalId'], value: '57619983' } }],
    },
    {
      name: 'the source title and description left untranslated',
      input: { translation: withData({ title: `${String(source.data.title)} `, description: source.data.description }) },
      expected: [{ id: 'untranslated:title' }, { id: 'untranslated:description' }],
    },
    {
      name: 'the source body copied (CRLF)',
      input: { translation: { body: source.body.replace(/\n/g, '\r\n') } },
      expected: [{ id: 'untranslated:body' }],
    },
    {
      name: 'lang disagreeing with the file name → set lang',
      input: { translation: withData({ lang: 'en' }) },
      expected: [{ id: 'lang-suffix', fix: { path: ['lang'], value: 'uk' } }],
    },
    {
      name: 'lang missing in a suffixed file',
      input: { translation: withData({ lang: undefined }) },
      expected: [{ id: 'lang-suffix', fix: { path: ['lang'], value: 'uk' } }],
    },
    {
      name: 'ai.translatedFrom pointing at no original',
      input: { originalExists: false },
      expected: [{ id: 'translated-from' }],
    },
    {
      name: 'ai.translatedFrom not the original\'s id → set it',
      input: { translation: withData({ ai: { translatedFrom: '1', version: 1 } }) },
      expected: [{ id: 'translated-from', fix: { path: ['ai', 'translatedFrom'], value: '57619983' } }],
    },
    {
      name: 'a second translation in the same language',
      input: { duplicateOfLang: true },
      expected: [{ id: 'duplicate-lang' }],
    },
    {
      name: 'a heading dropped',
      input: { translation: { body: translation.body.replace('## Від автора\n\n', '') } },
      expected: [{ id: 'structure:headings' }],
    },
    {
      name: 'two list items merged',
      input: { translation: { body: translation.body.replace('криптовалют.\n- Економіка', 'криптовалют. Економіка') } },
      expected: [{ id: 'structure:lists' }],
    },
  ];
  it.each(cases)('$name', ({ input, expected }) => {
    const checks = run(input);
    expect(checks.map(({ id, fix }) => ({ id, ...(fix && { fix }) }))).toEqual(expected);
    for (const check of checks) expect(check.message.length).toBeGreaterThan(20);
  });

  it('names the values in a field message', () => {
    const [check] = run({ translation: withData({ category: 'AI' }) });
    expect(check?.message).toBe(`category must match the original (${DIR}/coreweave.en.md): "MINING", not "AI". Copy the original's value.`);
  });
});

describe('checkConsistency: links and images', () => {
  const sourceBody = [
    '## Links',
    '',
    'See [the report](https://example.com/report "Report") and [the filing][sec], or <https://example.com/auto>.',
    '',
    '![Chart](https://example.com/chart.png)',
    '',
    '[sec]: https://sec.gov/filing',
    '',
  ].join('\n');
  const cases = [
    {
      name: 'all kept (reference style rewritten inline is fine)',
      body: 'Див. [звіт](https://example.com/report) і [подання](https://sec.gov/filing) або https://example.com/auto.\n\n![Графік][c]\n\n[c]: https://example.com/chart.png\n',
      expected: [],
    },
    {
      name: 'a link and the image dropped',
      body: 'Див. [звіт](https://example.com/report) або <https://example.com/auto>.\n',
      expected: [
        { id: 'links', message: '1 link of the original missing here: https://sec.gov/filing. Restore them in the text.' },
        { id: 'images', message: '1 image of the original missing here: https://example.com/chart.png. Restore them in the text.' },
      ],
    },
    {
      name: 'an image URL kept only as a link still misses the image',
      body: 'Див. [звіт](https://example.com/report), [подання](https://sec.gov/filing), <https://example.com/auto>, [графік](https://example.com/chart.png).\n',
      expected: [{ id: 'images', message: '1 image of the original missing here: https://example.com/chart.png. Restore them in the text.' }],
    },
  ];
  it.each(cases)('$name', ({ body, expected }) => {
    const checks = checkConsistency({
      rules: NEWSROOM_RULES,
      source: { path: 'a.en.md', data: { title: 'A' }, body: sourceBody },
      translation: { path: 'a.uk.md', data: { title: 'Б', lang: 'uk', ai: { translatedFrom: 'x' } }, body: `## Посилання\n\n${body}` },
      originalExists: true,
      duplicateOfLang: false,
    }).filter((c) => c.id === 'links' || c.id === 'images');
    expect(checks).toEqual(expected);
  });
});

describe('checkConsistency: links on a localised site (Astro docs, Hugo)', () => {
  const links = (sourceBody: string, body: string) =>
    checkConsistency({
      rules: NEWSROOM_RULES,
      source: { path: 'a.en.md', data: { title: 'A', lang: 'en' }, body: sourceBody },
      translation: { path: 'a.de.md', data: { title: 'B', lang: 'de', ai: { translatedFrom: 'x' } }, body },
      originalExists: true,
      duplicateOfLang: false,
    }).filter((c) => c.id === 'links');
  const source = 'See [components](/en/basics/astro-components/#slots), [pages](#astro-pages) and [the API](/en/reference/api/).\n';

  it('a link to the same page in the translation\'s locale folder is kept, and heading anchors may change with the headings', () => {
    expect(links(source, 'Siehe [Komponenten](/de/basics/astro-components/#slots-de), [Seiten](#astro-seiten) und [die API](/en/reference/api/).\n')).toEqual([]);
  });

  it('a page dropped from the translation is still missing, named as the original writes it', () => {
    expect(links(source, 'Siehe [Komponenten](/de/basics/astro-components/).\n')).toEqual([
      { id: 'links', message: '1 link of the original missing here: /en/reference/api/. Restore them in the text.' },
    ]);
  });
});

describe('checkConsistency without a source (orphan)', () => {
  it('runs only the translation\'s own checks', () => {
    const checks = checkConsistency({ rules: NEWSROOM_RULES, source: null, translation: { ...translation, path: `${DIR}/coreweave.pt.md` }, originalExists: false, duplicateOfLang: true });
    expect(checks.map((c) => c.id)).toEqual(['lang-suffix', 'translated-from', 'duplicate-lang']);
  });
});
